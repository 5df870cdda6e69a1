// One sentence per rule of rules/quantities.ts and rules/figure-heads.ts, in each language.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { extract, one, values } from './helpers.js';

describe('troop figures', () => {
  test('a figure tied to a North Korean noun or sender is troops_deployed', () => {
    assert.deepEqual(values(extract('en', 'Analysts believe Pyongyang has dispatched roughly 14,000 soldiers to Russia.'), 'troops_deployed'), [14000]);
    assert.deepEqual(values(extract('it', 'Sarebbero almeno 2.500 i militari nordcoreani arrivati in Russia.'), 'troops_deployed'), [2500]);
    assert.deepEqual(values(extract('it', 'Almeno 2.500 soldati nordcoreani sono arrivati in Russia.'), 'troops_deployed'), [2500]);
    assert.deepEqual(values(extract('de', 'Nordkorea hat nach Schätzungen etwa 14.000 Soldaten nach Russland geschickt.'), 'troops_deployed'), [14000]);
    assert.deepEqual(values(extract('fr', 'La Corée du Nord a envoyé environ 14 000 soldats en Russie.'), 'troops_deployed'), [14000]);
    assert.deepEqual(values(extract('es', 'Corea del Norte ha enviado unos 14.000 soldados a Rusia.'), 'troops_deployed'), [14000]);
    assert.deepEqual(values(extract('en', "North Korea's 14,000-strong contingent is now in Russia."), 'troops_deployed'), [14000]);
  });

  test('the qualifier and a range travel with the figure', () => {
    const c = one(extract('en', 'Between 9,000 and 10,000 North Korean troops are stationed in Russia.'), 'troops_deployed');
    assert.deepEqual([c.value, c.min, c.max, c.qualifier], [9000, 9000, 10000, 'exact']);
    assert.equal(one(extract('it', 'Oltre 9.000 soldati nordcoreani sono in Russia.'), 'troops_deployed').qualifier, 'more_than');
  });

  test('figures counting someone else are not North Korean troops', () => {
    assert.deepEqual(extract('en', 'Some 40,000 soldiers are fighting in Kursk, North Koreans among them, officials said.').filter((c) => c.kind.startsWith('troops')), []);
    assert.deepEqual(extract('en', 'Russia lost 1,200 Russian troops near Pokrovsk while North Korea watched.').filter((c) => c.kind.startsWith('troops')), []);
    assert.deepEqual(extract('en', 'About 40,000 Russian and North Korean troops will join the assault.').filter((c) => c.kind.startsWith('troops')), []);
    assert.deepEqual(extract('it', 'Secondo fonti locali, tra i circa 40mila soldati schierati nella regione russa di Kursk ci sarebbero anche truppe nordcoreane.').filter((c) => c.kind.startsWith('troops')), []);
    assert.deepEqual(extract('en', 'Hundreds of North Korean soldiers were killed, and dozens were captured.').filter((c) => c.kind.startsWith('troops')), []);
    assert.deepEqual(extract('en', 'North Korean troops fought in Kursk. In Kharkiv, three civilians were killed.').filter((c) => c.kind.startsWith('troops')), []);
  });

  test('a new batch is troops_additional; the total after it is troops_deployed', () => {
    const claims = extract('it', 'Pyongyang ha mandato altri 2.000 soldati in Russia, portando il totale a circa 13.000.');
    assert.deepEqual(values(claims, 'troops_additional'), [2000]);
    assert.deepEqual(values(claims, 'troops_deployed'), [13000]);
    assert.deepEqual(values(extract('en', 'North Korea sent a further 2,000 soldiers to Russia.'), 'troops_additional'), [2000]);
    assert.deepEqual(values(extract('fr', 'La Corée du Nord pourrait envoyer 20 000 soldats supplémentaires en Russie.'), 'troops_additional'), [20000]);
    assert.deepEqual(values(extract('de', 'Nordkorea schickte weitere 2.000 Soldaten nach Russland.'), 'troops_additional'), [2000]);
    assert.deepEqual(values(extract('fr', 'Environ 2 000 soldats nord-coréens supplémentaires sont arrivés en Russie.'), 'troops_additional'), [2000]);
  });

  test('killed, wounded, both, captured — read from what follows the figure', () => {
    const en = extract('en', 'Officials said 120 North Korean soldiers were killed and 400 injured in two weeks.');
    assert.deepEqual(values(en, 'troops_killed'), [120]);
    assert.deepEqual(values(en, 'troops_wounded'), [400]);
    assert.deepEqual(values(extract('it', 'Almeno duemila soldati nordcoreani sono stati uccisi o feriti a Kursk.'), 'troops_casualties'), [2000]);
    assert.deepEqual(values(extract('es', 'Unos 2.000 soldados norcoreanos han muerto o resultado heridos.'), 'troops_casualties'), [2000]);
    assert.deepEqual(values(extract('de', 'Mehr als 150 nordkoreanische Soldaten wurden getötet.'), 'troops_killed'), [150]);
    assert.deepEqual(values(extract('fr', 'Environ 900 soldats nord-coréens ont été blessés.'), 'troops_wounded'), [900]);
    assert.deepEqual(values(extract('en', 'Kyiv said its paratroopers captured three North Korean soldiers.'), 'troops_captured'), [3]);
    assert.deepEqual(values(extract('es', 'Ucrania anunció la captura de tres soldados norcoreanos.'), 'troops_captured'), [3]);
  });

  test('a part of a stated whole: casualties of the part, deployment of the whole', () => {
    const claims = extract('en', 'More than 2,000 of the roughly 13,000 North Korean soldiers sent to Russia have been killed or wounded.');
    assert.deepEqual(values(claims, 'troops_casualties'), [2000]);
    assert.deepEqual(values(claims, 'troops_deployed'), [13000]);
    const it = extract('it', 'Più di 2.000 dei circa 13mila soldati nordcoreani inviati in Russia sarebbero stati uccisi o feriti.');
    assert.deepEqual(values(it, 'troops_casualties'), [2000]);
    assert.deepEqual(values(it, 'troops_deployed'), [13000]);
  });

  test('a count named before its figure', () => {
    assert.deepEqual(values(extract('en', 'Seoul put the number of North Korean soldiers killed so far at about 700.'), 'troops_killed'), [700]);
    assert.deepEqual(values(extract('fr', 'Les pertes des troupes nord-coréennes sont estimées à environ 5 000.'), 'troops_casualties'), [5000]);
  });
});

describe('workers, munitions, missiles', () => {
  test('labourers are workers_sent', () => {
    assert.deepEqual(values(extract('en', 'North Korea will send 6,000 construction workers to Russia.'), 'workers_sent'), [6000]);
    assert.deepEqual(values(extract('it', 'La Corea del Nord invierà 6.000 lavoratori edili in Russia.'), 'workers_sent'), [6000]);
  });

  test('shells and containers carry their unit and direction', () => {
    const shells = one(extract('en', 'North Korea has shipped more than 9 million artillery shells to Russia.'), 'munitions_supplied');
    assert.deepEqual([shells.value, shells.unit, shells.direction, shells.qualifier], [9000000, 'shells', 'dprk_to_russia', 'more_than']);
    const boxes = one(extract('de', 'Seit 2023 hat Nordkorea rund 20.000 Container nach Russland verschifft.'), 'munitions_supplied');
    // said plainly, the shipment is reported (SUMMARY.md: only hedged containers are possible)
    assert.deepEqual([boxes.value, boxes.unit, boxes.status], [20000, 'containers', 'reported']);
  });

  test('missile counts need a transfer', () => {
    assert.deepEqual(values(extract('en', 'Pyongyang delivered about 100 ballistic missiles to Moscow.'), 'missiles_supplied'), ['dprk_to_russia:100']);
    assert.deepEqual(values(extract('en', 'North Korea fired 3 ballistic missiles into the sea near Russia.'), 'missiles_supplied'), []);
  });
});

describe('reading figures across hedges and subsets', () => {
  test('a kill verb before a hedged figure', () => {
    assert.deepEqual(values(extract('it', 'La battaglia è già costata la vita ad almeno 400 militari di Pyongyang.'), 'troops_killed'), [400]);
  });

  test('"tra cui" after the North Korean noun opens a subset, not a mixed count', () => {
    assert.deepEqual(values(extract('it', 'Secondo Kiev, 13.000 soldati nordcoreani, tra cui 400 ufficiali, sono in Russia.'), 'troops_deployed'), [13000]);
  });

  test('a figure inside a date is no count', () => {
    assert.deepEqual(extract('it', "La Corea del Nord ha detto nell'ottobre 2024 che l'invio di truppe sarebbe legittimo.").filter((c) => c.kind.startsWith('troops')), []);
  });
});
