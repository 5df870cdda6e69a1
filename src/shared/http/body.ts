// Reads a response body under a byte cap counted twice: on the wire, and after inflation. Decompression
// streams, so a gzip bomb is stopped as soon as its output passes the cap, with memory bounded by the cap.
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { AppError } from '../errors.js';

function byteCap(maxBytes: number, what: string, url: string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > maxBytes) done(new AppError('too-large', `${url}: ${what} passed the ${maxBytes}-byte cap`));
      else done(null, chunk);
    },
  });
}

/** Decompressors for a Content-Encoding list, in decoding order (the last encoding applied comes off first). */
function decompressors(contentEncoding: string | undefined): Transform[] {
  const codings = (contentEncoding ?? '')
    .toLowerCase()
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== 'identity');
  const out: Transform[] = [];
  for (const coding of codings.reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip') out.push(zlib.createGunzip());
    else if (coding === 'deflate') out.push(zlib.createInflate());
    else if (coding === 'br') out.push(zlib.createBrotliDecompress());
    // Unknown codings (some servers put a charset here) pass through; the parser sniffs what it gets.
  }
  return out;
}

function isZlibError(err: unknown): boolean {
  const code = String((err as { code?: unknown })?.code ?? '');
  return /^Z_|BROTLI|^ERR__ERROR/.test(code);
}

export async function readCappedBody(body: Readable, contentEncoding: string | undefined, maxBytes: number, url: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  const inflaters = decompressors(contentEncoding);
  const stages: Transform[] = [byteCap(maxBytes, 'the response body', url)];
  if (inflaters.length > 0) stages.push(...inflaters, byteCap(maxBytes, 'the decompressed body', url));
  try {
    // pipeline's typings have no overload for a spread of transforms; the runtime takes any number.
    const run = pipeline as unknown as (...streams: unknown[]) => Promise<void>;
    await run(body, ...stages, async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) {
        chunks.push(chunk);
        total += chunk.length;
      }
    });
  } catch (err) {
    if (isZlibError(err)) throw new AppError('network', `${url}: bad ${contentEncoding} body (${(err as Error).message})`, { cause: err });
    throw err;
  }
  const out = Buffer.concat(chunks, total);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
