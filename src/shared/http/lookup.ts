// A DNS lookup for net/tls.connect that refuses the connection when any answer is not a public address.
// Checking every answer (not just the first) closes the door on DNS answers that mix a public and a
// private address, and because the check runs inside connect, the address checked is the address used.
import dns from 'node:dns';
import type { LookupAddress, LookupAllOptions, LookupOneOptions } from 'node:dns';
import { AppError } from '../errors.js';
import { assertAddressAllowed, type AddressPolicy } from './address-guard.js';

/** The resolver under the guard: dns.lookup with `all: true` semantics. Injectable for tests. */
export type Resolver = (hostname: string, options: LookupAllOptions) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (hostname, options) => dns.promises.lookup(hostname, options);

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** The shape net.connect expects for its `lookup` option. */
export type LookupFunction = (hostname: string, options: LookupOneOptions | LookupAllOptions, cb: LookupCallback) => void;

export function guardedLookup(policy: AddressPolicy, resolve: Resolver = systemResolver): LookupFunction {
  return (hostname, options, cb) => {
    const family = typeof options === 'object' && options !== null ? options.family : undefined;
    resolve(hostname, { all: true, ...(family ? { family } : {}) })
      .then((answers) => {
        if (answers.length === 0) throw new AppError('network', `DNS returned no address for ${hostname}`);
        for (const a of answers) assertAddressAllowed(a.address, policy, hostname);
        if (typeof options === 'object' && options !== null && options.all) cb(null, answers);
        else {
          const first = answers[0] as LookupAddress;
          cb(null, first.address, first.family);
        }
      })
      .catch((err: unknown) => {
        cb(err as NodeJS.ErrnoException, '', 0);
      });
  };
}
