// "The regime" alone (context.ts dprkEntities): in a sentence that names Russia besides, North Korea; qualified by a
// country or a leader, whoever qualifies it. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, values } from './helpers.js';

test('the regime alone, beside Russia, is North Korea', () => {
  const es = extract('es', 'La inteligencia surcoreana afirma que el régimen ha suministrado a Moscú alrededor de 8 millones de proyectiles.');
  assert.deepEqual(values(es, 'munitions_supplied'), ['dprk_to_russia:8000000']);
  const it = extract('it', 'Secondo Seul il regime ha fornito alla Russia circa 2 milioni di proiettili di artiglieria.');
  assert.deepEqual(values(it, 'munitions_supplied'), ['dprk_to_russia:2000000']);
});

test('a regime qualified by Russia is no North Korean subject', () => {
  const it = extract('it', 'Il regime del Cremlino ha inviato 2 milioni di proiettili in Ucraina.');
  assert.deepEqual(values(it, 'munitions_supplied'), []);
});

test('the regime with no other party named stays unknown', () => {
  assert.deepEqual(values(extract('en', 'The regime sent 5 million artillery shells.'), 'munitions_supplied'), []);
});
