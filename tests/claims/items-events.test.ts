// One sentence per rule of rules/items.ts, locations.ts, treaty.ts, visits.ts and positions.ts.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { extract, one, values } from './helpers.js';

describe('items and their direction', () => {
  test('the giver is the subject, the receiver the indirect object', () => {
    assert.deepEqual(values(extract('en', 'Russia has given North Korea air defense systems, officials say.'), 'weapon_supplied'), ['russia_to_dprk:air defense systems']);
    assert.deepEqual(values(extract('it', 'Pyongyang ha inviato alla Russia obici semoventi.'), 'weapon_supplied'), ['dprk_to_russia:self-propelled howitzers']);
    assert.deepEqual(values(extract('de', 'Moskau liefert Pjöngjang Erdöl und Lebensmittel.'), 'resources_supplied'), ['russia_to_dprk:oil', 'russia_to_dprk:food']);
    assert.deepEqual(values(extract('fr', 'Moscou aurait fourni à Pyongyang du charbon.'), 'resources_supplied'), ['russia_to_dprk:coal']);
    assert.deepEqual(values(extract('es', 'Corea del Norte suministró a Rusia lanzacohetes múltiples.'), 'weapon_supplied'), ['dprk_to_russia:multiple rocket launchers']);
  });

  test('a receiving subject and a maker written on the item', () => {
    assert.deepEqual(values(extract('en', 'North Korea hopes to obtain satellite technology in return.'), 'technology_transfer'), ['russia_to_dprk:satellite technology']);
    assert.deepEqual(values(extract('it', 'Quei droni nordcoreani potrebbero contenere tecnologia russa.'), 'technology_transfer'), ['russia_to_dprk:military technology']);
    assert.deepEqual(values(extract('en', 'Ukraine found debris of a KN-23 in Kharkiv.'), 'weapon_supplied'), ['dprk_to_russia:KN-23']);
  });

  test('"in exchange" marks a transfer but names no giver', () => {
    assert.deepEqual(values(extract('es', 'A cambio, Rusia estaría transfiriendo a Corea del Norte sistemas de defensa aérea.'), 'weapon_supplied'), ['russia_to_dprk:air defense systems']);
  });

  test('no transfer, no item', () => {
    assert.deepEqual(values(extract('en', 'North Korea tested new drones and ballistic missiles, Russia noted.'), 'weapon_supplied'), []);
    assert.deepEqual(values(extract('en', 'Russia launched drones at Kyiv overnight, while North Korea sent more shells.'), 'weapon_supplied'), ['dprk_to_russia:artillery shells']);
  });
});

describe('deployment locations', () => {
  test('a place in the clause of North Korean personnel', () => {
    assert.deepEqual(values(extract('en', 'North Korean troops were seen near Belgorod.'), 'deployment_location'), ['Belgorod']);
    assert.deepEqual(values(extract('de', 'Nordkoreanische Soldaten kämpfen im Gebiet Kursk.'), 'deployment_location'), ['Kursk']);
    assert.deepEqual(values(extract('fr', 'Des soldats nord-coréens sont stationnés dans la région de Koursk.'), 'deployment_location'), ['Kursk']);
    assert.deepEqual(values(extract('es', 'Soldados norcoreanos fueron vistos en Járkov.'), 'deployment_location'), ['Kharkiv']);
  });

  test('anaphora carries North Korean troops into the next sentence; another clause is another story', () => {
    assert.deepEqual(values(extract('it', 'Migliaia di soldati nordcoreani sono arrivati in Russia. Queste truppe sono ora vicino a Bryansk.'), 'deployment_location'), ['Bryansk']);
    assert.deepEqual(values(extract('it', 'Soldati nordcoreani feriti sono curati a Kursk: lo dice una donna il cui marito combatte a Kherson.'), 'deployment_location'), ['Kursk']);
    assert.deepEqual(values(extract('en', 'Russian drones hit Kharkiv overnight.'), 'deployment_location'), []);
    assert.deepEqual(values(extract('en', 'Russian troops fired North Korean missiles at Kharkiv.'), 'deployment_location'), []);
  });
});

describe('treaty events', () => {
  test('signed, ratified by a side, in force — with dates', () => {
    const it = extract('it', 'Il trattato di partenariato strategico è stato firmato il 19 giugno 2024.', '2024-12-01');
    assert.equal(one(it, 'treaty_event', 'signed').date, '2024-06-19');
    assert.deepEqual(values(extract('en', "Russia's parliament ratified the mutual defense treaty on November 6.", '2024-12-01'), 'treaty_event'), ['ratified_russia']);
    assert.deepEqual(values(extract('fr', 'La Corée du Nord a ratifié le traité avec la Russie.', '2024-12-01'), 'treaty_event'), ['ratified_dprk']);
    assert.deepEqual(values(extract('it', 'Con la ratifica del trattato di difesa da parte del regime di Kim Jong Un, l’alleanza è completa.', '2024-12-01'), 'treaty_event'), ['ratified_dprk']);
    assert.deepEqual(values(extract('es', 'Tras la ratificación del acuerdo en noviembre, Corea del Norte envió soldados.', '2024-12-01'), 'treaty_event'), []);
    assert.deepEqual(values(extract('de', 'Der Vertrag mit Nordkorea trat im Dezember in Kraft.', '2025-01-10'), 'treaty_event'), ['in_force']);
    assert.equal(one(extract('es', 'El pacto de defensa mutua firmado el pasado junio con Corea del Norte.', '2025-06-20'), 'treaty_event').date, '2024-06');
    // the date after the verb is its own: "firmato a giugno, ratificato dalla Duma a ottobre"
    const two = extract('it', 'Mosca e Pyongyang hanno firmato un trattato di mutua difesa a giugno, ratificato dalla Duma a ottobre.', '2024-12-01');
    assert.equal(one(two, 'treaty_event', 'signed').date, '2024-06');
    assert.equal(one(two, 'treaty_event', 'ratified_russia').date, '2024-10');
  });

  test('a generic agreement without either country is not the treaty', () => {
    assert.deepEqual(values(extract('en', 'The two sides signed a trade agreement last year.'), 'treaty_event'), []);
  });
});

describe('official visits', () => {
  test('the visitor is the official of the other country', () => {
    assert.deepEqual(values(extract('en', 'Lavrov arrived in Pyongyang for talks with Kim Jong Un.'), 'official_visit'), ['lavrov_to_dprk']);
    assert.deepEqual(values(extract('it', 'Kim Jong Un è atteso in visita in Russia.'), 'official_visit'), ['kim_to_russia']);
    assert.deepEqual(values(extract('de', 'Putin hatte im Juni Pjöngjang besucht.', '2024-09-01'), 'official_visit'), ['putin_to_dprk']);
    assert.deepEqual(values(extract('fr', 'Sergueï Choïgou s’est rendu à Pyongyang mardi.'), 'official_visit'), ['shoigu_to_dprk']);
  });

  test('an expected visit is possible', () => {
    assert.equal(one(extract('it', 'Lavrov è atteso a Pyongyang la prossima settimana.'), 'official_visit', 'lavrov_to_dprk').status, 'possible');
  });

  test('a possible visit is possible', () => {
    assert.equal(one(extract('it', 'Il Cremlino ha parlato di una possibile visita di Kim Jong Un in Russia.'), 'official_visit').status, 'possible');
  });
});

describe('official positions', () => {
  test('confirms and denies, with their fixed status and source', () => {
    const c = one(extract('en', 'Pyongyang confirmed on Monday that it had sent troops to Russia.'), 'official_position');
    assert.deepEqual([c.value, c.status, c.source], ['dprk_confirms_deployment', 'confirmed', 'DPRK government']);
    const d = one(extract('it', 'Mosca nega la presenza di truppe nordcoreane.'), 'official_position');
    assert.deepEqual([d.value, d.status, d.source], ['russia_denies_deployment', 'denied', 'Kremlin']);
    assert.deepEqual(values(extract('es', 'El Kremlin negó la presencia de tropas norcoreanas.'), 'official_position'), ['russia_denies_deployment']);
    assert.deepEqual(values(extract('fr', 'Moscou a longtemps nié la présence de soldats nord-coréens.'), 'official_position'), ['russia_denies_deployment']);
    // German puts the participle last, and "nach Russland" is where they went, not who confirmed
    assert.deepEqual(values(extract('de', 'Nordkorea hat erstmals die Entsendung von Soldaten nach Russland bestätigt.'), 'official_position'), ['dprk_confirms_deployment']);
  });

  test('thanks for the troops confirm; a negated confirmation is no position', () => {
    assert.deepEqual(values(extract('de', 'Putin dankte den nordkoreanischen Soldaten für ihren Einsatz bei der Befreiung von Kursk.'), 'official_position'), ['russia_confirms_deployment']);
    assert.deepEqual(values(extract('en', 'North Korea did not confirm the deployment of troops.'), 'official_position'), []);
    assert.deepEqual(values(extract('fr', "Pyongyang n'a pas confirmé l'envoi de troupes."), 'official_position'), []);
  });
});

describe('visits: meetings and officials named with their country', () => {
  test('who met the host in the host\'s capital visited it', () => {
    assert.deepEqual(values(extract('en', 'Shoigu met Kim Jong Un in Pyongyang on Tuesday.'), 'official_visit'), ['shoigu_to_dprk']);
    assert.deepEqual(values(extract('fr', 'Choïgou a rencontré Kim Jong Un mardi à Pyongyang.'), 'official_visit'), ['shoigu_to_dprk']);
  });

  test('a country right before its own official qualifies the official, it is no destination', () => {
    assert.deepEqual(values(extract('de', 'Anfang November besuchte Nordkoreas Außenministerin Choe Son Hui Moskau.'), 'official_visit'), ['choe_to_russia']);
  });

  test('receiving shells is no visit', () => {
    assert.deepEqual(values(extract('fr', "Selon Séoul, la Russie a reçu près de 5 millions d'obus de la Corée du Nord."), 'official_visit'), []);
  });
});

describe('a summit with someone says nothing of where it was', () => {
  test('"Putin celebró una cumbre con Kim" names no destination', () => {
    assert.deepEqual(values(extract('es', 'Los envíos se aceleraron desde que Putin celebró una cumbre con Kim Jong Un en septiembre.'), 'official_visit'), []);
  });

  test('a visit with the host still puts the visitor in the host\'s country', () => {
    assert.deepEqual(values(extract('en', 'Lavrov met with Kim Jong Un during a visit.'), 'official_visit'), ['lavrov_to_dprk']);
  });
});
