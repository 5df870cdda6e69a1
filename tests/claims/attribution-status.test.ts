// Sources (attribution.ts) and statuses (modality.ts), one sentence per rule.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { extract, one } from './helpers.js';

const src = (lang: string, text: string, kind = 'troops_deployed') => one(extract(lang, text), kind).source;
const status = (lang: string, text: string, kind = 'troops_deployed') => one(extract(lang, text), kind).status;

describe('attribution to canonical actors', () => {
  test('explicit cues in every language', () => {
    assert.equal(src('en', 'According to the Pentagon, 12,000 North Korean soldiers are in Russia.'), 'US Department of Defense');
    assert.equal(src('it', 'Secondo l’intelligence sudcoreana, 12.000 soldati nordcoreani sono in Russia.'), 'South Korea NIS');
    assert.equal(src('de', 'Laut dem südkoreanischen Generalstab sind 12.000 nordkoreanische Soldaten in Russland.'), 'South Korea JCS');
    assert.equal(src('fr', 'Selon le renseignement militaire ukrainien, 12 000 soldats nord-coréens sont en Russie.'), 'Ukraine GUR');
    assert.equal(src('es', 'Según el Pentágono, 12.000 soldados norcoreanos están en Rusia.'), 'US Department of Defense');
    assert.equal(src('de', 'Dem Pentagon zufolge sind 12.000 nordkoreanische Soldaten in Russland.'), 'US Department of Defense');
  });

  test('the cited origin beats the outlet; a speech verb names its subject', () => {
    assert.equal(src('en', 'Some 12,000 North Korean troops are in Russia, Yonhap reported, citing South Korean military intelligence.'), 'South Korea Defense Intelligence Agency');
    assert.equal(src('en', 'Zelensky said 12,000 North Korean soldiers are in Russia.'), 'Ukraine government');
    assert.equal(src('en', 'Seoul said 12,000 North Korean soldiers are in Russia.'), 'South Korea government');
  });

  test('a statement announced with a colon belongs to its speaker', () => {
    const c = one(extract('it', 'L’agenzia KCNA ha dichiarato:\nIl trattato con la Russia è stato ratificato dalla Corea del Nord il 12 novembre.', '2024-11-20'), 'treaty_event', 'ratified_dprk');
    assert.equal(c.source, 'KCNA');
  });

  test('a following "so says X" sentence and the previous sentence of the paragraph lend their source', () => {
    assert.equal(src('it', 'Sono 12.000 i soldati nordcoreani in Russia. Lo afferma un funzionario americano.'), 'US government');
    assert.equal(src('en', 'The NIS briefed lawmakers on Tuesday. It said 12,000 North Korean soldiers are in Russia.'), 'South Korea NIS');
  });
});

describe('status from modality', () => {
  test('possible: modal verbs and plans', () => {
    assert.equal(status('en', 'North Korea could send 12,000 soldiers to Russia.', 'troops_deployed'), 'possible');
    assert.equal(status('it', 'La Corea del Nord potrebbe inviare 12.000 soldati in Russia.'), 'possible');
    assert.equal(status('de', 'Nordkorea könnte 12.000 Soldaten nach Russland schicken.'), 'possible');
    assert.equal(status('fr', 'La Corée du Nord pourrait envoyer 12 000 soldats en Russie.'), 'possible');
    assert.equal(status('es', 'Corea del Norte podría enviar 12.000 soldados a Rusia.'), 'possible');
  });

  test('the Italian journalistic conditional and the German reportative "soll" are reported', () => {
    assert.equal(status('it', 'Pyongyang avrebbe inviato 12.000 soldati in Russia.'), 'reported');
    assert.equal(status('de', 'Nordkorea soll 12.000 Soldaten nach Russland geschickt haben.'), 'reported');
  });

  test('confirmed: the parties themselves, or a government confirming its own act', () => {
    assert.equal(status('en', 'KCNA said 12,000 North Korean soldiers took part in the fighting in Russia.'), 'confirmed');
    assert.equal(status('en', 'Zelensky confirmed that Ukraine captured two North Korean soldiers.', 'troops_captured'), 'confirmed');
    assert.equal(status('en', 'Yonhap confirmed that 12,000 North Korean soldiers are in Russia.'), 'reported');
    assert.equal(status('it', 'Kiev ha catturato due soldati nordcoreani: lo ha annunciato il presidente ucraino.', 'troops_captured'), 'confirmed');
  });
});

describe('unknown actors keep their written name', () => {
  test('a capitalised name after a cue', () => {
    assert.equal(src('en', 'About 12,000 North Korean soldiers are in Russia, according to the Institute for the Study of War.'), 'Institute for the Study of War');
    assert.equal(src('es', 'Según Korea Pro, unos 12.000 soldados norcoreanos están en Rusia.'), 'Korea Pro');
    assert.equal(src('de', 'Laut Angaben aus Kiew sind 12.000 nordkoreanische Soldaten in Russland.'), undefined);
  });
});

describe('attribution limits', () => {
  test('the actor of a cue stands before the next comma', () => {
    const c = one(extract('it', 'Secondo fonti di intelligence, il regime nordcoreano ha inviato 12.000 soldati in Russia.'), 'troops_deployed');
    assert.notEqual(c.source, 'DPRK government');
    assert.equal(c.status, 'reported');
  });
});
