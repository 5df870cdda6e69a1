// OutMessage ⇄ JSON for the outbox. The payload is read back at the edge, so it is validated with zod; binary
// fields (the digest chart) travel as base64, not as a JSON object of byte indexes.
import { z } from 'zod';
import { CLAIM_KINDS } from '../claims/model.js';
import type { OutMessage } from './types.js';

const changeLine = z.object({
  kind: z.enum(CLAIM_KINDS),
  change: z.enum(['new', 'confirms', 'updates', 'contradicts']),
  direction: z.enum(['dprk_to_russia', 'russia_to_dprk']).optional(),
  value: z.string(),
  qualifier: z.enum(['exact', 'about', 'at_least', 'more_than', 'up_to']).optional(),
  previous: z.string().optional(),
  previousFrom: z.string().optional(),
  source: z.string().optional(),
  status: z.enum(['reported', 'confirmed', 'possible', 'denied']),
  evidence: z.string(),
  corroboration: z.number().int().nonnegative(),
});

/** Bytes as written by `serializeOutMessage` ({ base64 }), a bare base64 string, an array, or JSON.stringify's object form. */
const bytes = z
  .union([
    z.object({ base64: z.string() }).transform((o) => o.base64),
    z.string(),
    z.array(z.number().int().min(0).max(255)),
    z.record(z.string().regex(/^\d+$/), z.number().int().min(0).max(255)),
  ])
  .transform((v): Uint8Array => {
    if (typeof v === 'string') return new Uint8Array(Buffer.from(v, 'base64'));
    if (Array.isArray(v)) return Uint8Array.from(v);
    const out = new Uint8Array(Object.keys(v).length);
    for (const [k, b] of Object.entries(v)) out[Number(k)] = b;
    return out;
  });

const optionalString = z.string().optional();

export const outMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('alert'),
    title: z.string(),
    url: optionalString,
    outlet: optionalString,
    published: z.string(),
    language: z.string(),
    changes: z.array(changeLine),
    alsoAt: z.array(z.object({ outlet: optionalString, url: z.string() })).optional(),
  }),
  z.object({
    type: z.literal('overflow'),
    feed: z.string(),
    count: z.number().int().nonnegative(),
    items: z.array(z.object({ title: z.string(), url: optionalString })),
  }),
  z.object({
    type: z.literal('digest'),
    since: z.string(),
    until: z.string(),
    groups: z.array(z.object({ kind: z.enum(CLAIM_KINDS), lines: z.array(changeLine) })),
    chartPng: bytes.optional(),
  }),
  z.object({
    type: z.literal('text'),
    title: optionalString,
    lines: z.array(z.string()),
    ephemeral: z.boolean().optional(),
  }),
]);

/** The JSON stored as a delivery's payload. */
export function serializeOutMessage(msg: OutMessage): string {
  return JSON.stringify(msg, (_k, v: unknown) => (v instanceof Uint8Array ? { base64: Buffer.from(v).toString('base64') } : v));
}

/** Parses and validates a delivery payload; throws with zod's explanation when it is not an OutMessage. */
export function parseOutMessage(json: string): OutMessage {
  const parsed = outMessageSchema.safeParse(JSON.parse(json));
  if (!parsed.success) throw new Error(`invalid message payload: ${z.prettifyError(parsed.error).slice(0, 500)}`);
  return parsed.data as OutMessage;
}
