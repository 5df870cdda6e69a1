// Extraction must keep up with a busy feed list: hundreds of articles a second (a loose bound here, shared CI
// machines are slow; `node dist/bench/...` style measurement belongs in the report).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const paragraph =
  'Secondo l’intelligence sudcoreana, la Corea del Nord ha inviato almeno 3.000 soldati in Russia, portando il totale a circa 14.000. ' +
  'Mosca avrebbe fornito a Pyongyang petrolio e tecnologia satellitare, mentre Kim Jong Un potrebbe visitare la Russia. ' +
  'Il trattato di partenariato strategico, firmato lo scorso giugno, è entrato in vigore a dicembre. ';

test('a 5 KB article is extracted in well under 50 ms, deterministically', () => {
  let text = '';
  while (text.length < 5000) text += `${paragraph}\n\n`;
  const first = extract('it', text, '2025-03-01');
  const t0 = performance.now();
  for (let i = 0; i < 20; i++) assert.deepEqual(extract('it', text, '2025-03-01'), first);
  const ms = (performance.now() - t0) / 20;
  assert.ok(ms < 50, `${ms.toFixed(1)} ms per article`);
});
