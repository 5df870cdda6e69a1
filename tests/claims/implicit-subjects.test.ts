// Subjects left to the reader: "the regime" alone (context.ts dprkEntities) is North Korea beside Russia, and a
// bare figure before a deployment verb (quantities.ts) counts the soldiers of the sentence before. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, one, values } from './helpers.js';

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

test('a bare figure before a deployment verb, after a sentence about North Korean soldiers, is a deployment', () => {
  const en = extract('en', 'Washington confirmed that thousands of North Korean troops had been sent to Russia. Seoul says 13,000 have been deployed.');
  assert.deepEqual(values(en, 'troops_deployed'), [13000]);
  const it = extract('it', 'Migliaia di soldati nordcoreani sono stati inviati in Russia. Secondo Seul, 13.000 sono già stati schierati.');
  assert.deepEqual(values(it, 'troops_deployed'), [13000]);
});

test('a bare figure deployed with no North Korean soldiers in the thread is no North Korean deployment', () => {
  const en = extract('en', 'Ukraine moved new brigades to the front. Kyiv says 13,000 have been deployed near Pokrovsk.');
  assert.deepEqual(values(en, 'troops_deployed'), []);
});

test('soldiers a country "lost" were killed, also with where it happened between verb and figure', () => {
  assert.deepEqual(values(extract('en', 'North Korea has lost 300 soldiers in Kursk, the NIS said.'), 'troops_killed'), [300]);
  assert.deepEqual(values(extract('es', 'El NIS asegura que Corea del Norte habría perdido en Kursk 300 soldados.'), 'troops_killed'), [300]);
  assert.deepEqual(values(extract('it', 'Secondo Seul la Corea del Nord ha perso a Kursk 300 soldati.'), 'troops_killed'), [300]);
  assert.deepEqual(values(extract('es', 'El NIS asegura que Corea del Norte habría perdido en Kursk 300 soldados.'), 'troops_deployed'), []);
});

test('what a government "has decided" to send is a plan: possible', () => {
  const es = extract('es', '"Kim Jong-un ha decidido enviar cinco mil trabajadores de construcción a Rusia", señaló Shoigu.');
  assert.equal(one(es, 'workers_sent', 5000).status, 'possible');
  const en = extract('en', 'Kim Jong Un has decided to send 5,000 construction workers to Russia, Shoigu said.');
  assert.equal(one(en, 'workers_sent', 5000).status, 'possible');
});

test('who travelled to the capital visited it ("se desplazó a Pyongyang")', () => {
  assert.deepEqual(values(extract('es', 'Shoigu se desplazó a Pyongyang, donde mantuvo un encuentro con el líder norcoreano.'), 'official_visit'), ['shoigu_to_dprk']);
});

test('military construction workers are workers ("operarios militares", "Bausoldaten")', () => {
  assert.deepEqual(values(extract('es', 'Seúl informó del envío de unos 5.000 operarios militares norcoreanos a Rusia para labores de reconstrucción.'), 'workers_sent'), [5000]);
  assert.deepEqual(values(extract('de', 'Nordkorea schickt laut Seoul etwa 5.000 Bausoldaten nach Russland.'), 'workers_sent'), [5000]);
});

test('an official who "was in" the other capital visited it', () => {
  assert.deepEqual(values(extract('fr', 'Son estimation se base sur le fait que Choïgou était à Pyongyang le 17 juin.'), 'official_visit'), ['shoigu_to_dprk']);
});

test('what technical consultations are for is the technology ("consultations techniques ... ses drones")', () => {
  const fr = extract('fr', 'La Corée du Nord a fourni des obus à la Russie, en échange de consultations techniques pour ses moteurs de fusées spatiales et ses drones.');
  assert.ok(values(fr, 'technology_transfer').includes('russia_to_dprk:drone technology'), JSON.stringify(values(fr, 'technology_transfer')));
});

test('missiles fired in a strike are no count of what was supplied', () => {
  assert.deepEqual(values(extract('es', 'Kiev indicó que se utilizaron siete misiles balísticos en total, identificándolos como KN-23.'), 'missiles_supplied'), []);
  assert.deepEqual(values(extract('en', 'North Korea has sent about 150 KN-23 missiles to Russia, Ukrainian intelligence said.'), 'missiles_supplied'), ['dprk_to_russia:150']);
});

test('a war\'s total of missiles fired still bounds what was supplied', () => {
  const fr = extract('fr', "Le renseignement militaire ukrainien estime qu'environ 200 missiles balistiques KN-23 ont été tirés par la Russie sur l'Ukraine.");
  assert.deepEqual(values(fr, 'missiles_supplied'), ['dprk_to_russia:200']);
});
