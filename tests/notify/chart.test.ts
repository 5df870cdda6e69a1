import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureSeries, renderFigureChart } from '../../src/notify/chart.js';
import { storedClaim } from './claims.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which must come first. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  assert.deepEqual([...png.subarray(0, 8)], PNG_SIGNATURE);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  assert.equal(Buffer.from(png.subarray(12, 16)).toString('latin1'), 'IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const claims = [
  storedClaim({ kind: 'troops_deployed', value: 10000, published: '2024-10-18', source: 'South Korea NIS' }),
  storedClaim({ kind: 'troops_deployed', value: 11000, published: '2024-10-30', source: 'US Department of Defense' }),
  storedClaim({ kind: 'troops_deployed', value: 12000, published: '2024-11-05', source: 'South Korea NIS' }),
  storedClaim({ kind: 'troops_deployed', value: 11500, published: '2024-11-05', source: 'South Korea NIS' }),
  storedClaim({ kind: 'troops_deployed', value: 1, published: '2024-11-06', status: 'denied', source: 'Kremlin' }),
  storedClaim({ kind: 'troops_killed', value: 300, published: '2024-11-05' }),
];

test('the chart is a PNG of the requested size', () => {
  assert.deepEqual(pngSize(renderFigureChart(claims)), { width: 800, height: 400 });
  assert.deepEqual(pngSize(renderFigureChart(claims, { width: 640, height: 320 })), { width: 640, height: 320 });
});

test('no figures still gives a valid (empty) chart', () => {
  assert.deepEqual(pngSize(renderFigureChart([], { width: 300, height: 200 })), { width: 300, height: 200 });
});

test('series: one line per source, one point per day, denials left out', () => {
  const s = figureSeries(claims, 'troops_deployed');
  assert.deepEqual([...s.keys()], ['South Korea NIS', 'US Department of Defense']);
  assert.equal(s.get('South Korea NIS')!.length, 2);
  assert.deepEqual(s.get('South Korea NIS')!.map((p) => new Date(p.x).toISOString().slice(0, 10)), ['2024-10-18', '2024-11-05']);
});
