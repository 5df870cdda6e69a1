// A long article (about 5 KB, the size `npm run bench` measures) is extracted the same way every time. Its speed is a
// benchmark (`npm run bench`), never a timed test: shared machines make time limits flaky.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const paragraph =
  'Secondo l’intelligence sudcoreana, la Corea del Nord ha inviato almeno 3.000 soldati in Russia, portando il totale a circa 14.000. ' +
  'Mosca avrebbe fornito a Pyongyang petrolio e tecnologia satellitare, mentre Kim Jong Un potrebbe visitare la Russia. ' +
  'Il trattato di partenariato strategico, firmato lo scorso giugno, è entrato in vigore a dicembre. ';

test('a 5 KB article is extracted deterministically, each repeated paragraph read alike', () => {
  let text = '';
  while (text.length < 5000) text += `${paragraph}\n\n`;
  const first = extract('it', text, '2025-03-01');
  for (let i = 0; i < 5; i++) assert.deepEqual(extract('it', text, '2025-03-01'), first);
  // one claim per slot however often the paragraph repeats
  assert.equal(first.filter((c) => c.kind === 'troops_additional' && c.value === 3000).length, 1);
});
