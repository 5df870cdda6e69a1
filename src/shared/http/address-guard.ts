// SSRF guard: which URLs and resolved addresses the HTTP client may reach.
// Every hop of a redirect chain and every DNS answer goes through here, so a feed URL can never
// point the bot at loopback, the LAN, link-local cloud metadata or any other non-public address.
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { AppError } from '../errors.js';

export interface AddressPolicy {
  /** Let every address through (tests, a local demo). */
  allowPrivateAddresses: boolean;
  /** Exact addresses let through even when private (e.g. one local test server). */
  allowAddresses?: readonly string[];
}

/** Cloud metadata endpoints, named explicitly so the refusal message says what was hit. */
const METADATA = new Set(['169.254.169.254', 'fd00:ec2::254', '100.100.100.200', 'fd00:ec2:0:0:0:0:0:254']);

/**
 * Why an IP address is not public unicast, or undefined when it is. Unparseable input counts as blocked.
 * IPv4-mapped, NAT64 (64:ff9b::/96) and 6to4 addresses are judged by the IPv4 address they embed.
 */
export function blockedReason(ip: string): string | undefined {
  try {
    return classifyAddress(ip);
  } catch {
    return 'unclassifiable address'; // fail closed
  }
}

function classifyAddress(ip: string): string | undefined {
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    addr = ipaddr.parse(stripBrackets(ip));
  } catch {
    return 'not an IP address';
  }
  const normal = addr.toNormalizedString();
  if (METADATA.has(addr.toString()) || METADATA.has(normal)) return 'cloud metadata address';
  if (addr.kind() === 'ipv4') {
    const range = addr.range();
    return range === 'unicast' ? undefined : range;
  }
  const v6 = addr as ipaddr.IPv6;
  const range = v6.range();
  // ::a.b.c.d (IPv4-compatible, deprecated): ipaddr.js calls it unicast; nothing public lives there.
  if (range === 'unicast' && v6.parts.slice(0, 6).every((x) => x === 0)) return 'IPv4-compatible address';
  const embedded = embeddedIPv4(v6, range);
  if (embedded !== undefined) {
    const inner = classifyAddress(embedded);
    return inner === undefined ? undefined : `${range} of ${inner}`;
  }
  if (range !== 'unicast') return range;
  // Only 2000::/3 is allocated as global unicast; the rest of what ipaddr.js calls unicast is unassigned.
  return ((v6.parts[0] ?? 0) & 0xe000) === 0x2000 ? undefined : 'outside global unicast 2000::/3';
}

function embeddedIPv4(v6: ipaddr.IPv6, range: string): string | undefined {
  const p = v6.parts;
  if (range === 'ipv4Mapped' || range === 'rfc6145') return partsToV4(p[6] ?? 0, p[7] ?? 0);
  // Only the well-known NAT64 prefix 64:ff9b::/96 embeds in the last 32 bits; 64:ff9b:1::/48 stays blocked.
  if (range === 'rfc6052' && p[2] === 0) return partsToV4(p[6] ?? 0, p[7] ?? 0);
  if (range === '6to4') return partsToV4(p[1] ?? 0, p[2] ?? 0);
  return undefined;
}

function partsToV4(hi: number, lo: number): string {
  return `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
}

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

export function isAddressAllowed(ip: string, policy: AddressPolicy): boolean {
  if (policy.allowPrivateAddresses) return true;
  const bare = stripBrackets(ip);
  if (policy.allowAddresses?.includes(bare)) return true;
  return blockedReason(bare) === undefined;
}

/** Throws AppError('blocked-address') unless the address may be reached. */
export function assertAddressAllowed(ip: string, policy: AddressPolicy, host = ip): void {
  if (isAddressAllowed(ip, policy)) return;
  throw new AppError('blocked-address', `refusing to connect to ${host} (${ip}: ${blockedReason(stripBrackets(ip))})`);
}

/**
 * Parses and checks a URL before any connection: http(s) only, no credentials, and an IP-literal host must be
 * public. WHATWG URL parsing already turns decimal, octal and hex spellings (http://2130706433/,
 * http://0177.0.0.1/, http://0x7f.1/) into dotted IPv4, so they are caught here as 127.0.0.1.
 * Host names are checked later, on every DNS answer (see guardedLookup).
 */
export function checkUrl(raw: string, policy: AddressPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('bad-url', `not a valid URL: ${truncate(raw)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AppError('bad-url', `only http and https URLs are fetched, not ${url.protocol} (${truncate(raw)})`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new AppError('bad-url', `URLs with credentials are refused: ${url.host}`);
  }
  const host = stripBrackets(url.hostname);
  if (host === '') throw new AppError('bad-url', `URL has no host: ${truncate(raw)}`);
  if (isIP(host) !== 0) assertAddressAllowed(host, policy, url.host);
  else if (!policy.allowPrivateAddresses && isLocalName(host)) {
    throw new AppError('blocked-address', `refusing to connect to ${host}: a local name`);
  }
  return url;
}

/** Names that resolve locally whatever DNS says (RFC 6761 localhost). DNS answers are checked anyway. */
function isLocalName(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h.endsWith('.localhost');
}

function truncate(s: string): string {
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}
