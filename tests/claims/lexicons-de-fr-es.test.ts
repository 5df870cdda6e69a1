// German, French and Spanish topic-pack lexicons (config/topics/dprk-russia/{de,fr,es}.yaml): one sentence, written
// for this test, per group of terms, run through the real extractor.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { loadTopicPack } from '../../src/config/topic-pack.js';
import { extractClaims } from '../../src/claims/extract.js';
import type { Claim } from '../../src/claims/model.js';

const pack = loadTopicPack('config/topics/dprk-russia');
const claims = (text: string, language: string): Claim[] =>
  extractClaims({ title: '', text, language, published: '2025-05-01' }, pack);

/** "kind:value", with the direction in front for the supply kinds. */
const slots = (cs: Claim[], kind: string): string[] =>
  cs.filter((c) => c.kind === kind).map((c) => `${c.direction ? `${c.direction}:` : ''}${String(c.value)}`);
const only = (cs: Claim[], kind: string): Claim => {
  const found = cs.filter((c) => c.kind === kind);
  assert.equal(found.length, 1, `one ${kind} in ${JSON.stringify(cs)}`);
  return found[0]!;
};

describe('German lexicon', () => {
  test('place exonyms and "die Einheiten" after a sentence about North Korean soldiers', () => {
    const cs = claims('Pjöngjang hat 2.000 Soldaten nach Russland verlegt. Die Einheiten werden derzeit in Ussurijsk und Wladiwostok ausgebildet.', 'de');
    assert.deepEqual(slots(cs, 'deployment_location'), ['Ussuriysk', 'Vladivostok']);
    const two = claims('Ukrainische Einheiten haben zwei nordkoreanische Soldaten gefangen genommen. Die beiden Männer wurden im Gebiet Kursk aufgegriffen.', 'de');
    assert.deepEqual(slots(two, 'deployment_location'), ['Kursk']);
    const far = claims('Schätzungsweise 8.000 nordkoreanische Arbeiter sind auf Baustellen im Fernen Osten beschäftigt.', 'de');
    assert.deepEqual(slots(far, 'deployment_location'), ['Russian Far East']);
  });

  test('denials: a separable verb, a verb bracket, "haltlos", and a denied participation', () => {
    const separable = only(claims('Der Kreml wies die Meldungen über nordkoreanische Truppen an der Front entschieden zurück.', 'de'), 'official_position');
    assert.equal(separable.value, 'russia_denies_deployment');
    assert.equal(separable.status, 'denied');
    assert.equal(
      only(claims('Moskau hatte alle Berichte über nordkoreanische Soldaten in der Region noch im Oktober als Propaganda abgetan.', 'de'), 'official_position').value,
      'russia_denies_deployment',
    );
    assert.equal(only(claims('Pjöngjang nannte die Berichte über eigene Truppen in Russland haltlos.', 'de'), 'official_position').value, 'dprk_denies_deployment');
    assert.equal(only(claims('Der Kreml bestreitet, dass Nordkoreaner an den Gefechten beteiligt sind.', 'de'), 'official_position').value, 'russia_denies_deployment');
    // a negated dismissal is no position
    assert.deepEqual(slots(claims('Der Kreml wies die Meldungen über nordkoreanische Truppen nicht zurück.', 'de'), 'official_position'), []);
    assert.deepEqual(slots(claims('Moskau hat die Berichte über nordkoreanische Truppen bislang nicht dementiert.', 'de'), 'official_position'), []);
  });

  test('Ukraine GUR as source: "Nach HUR-Angaben", Budanow, "ukrainischer Militärgeheimdienst"', () => {
    assert.equal(only(claims('Nach HUR-Angaben hat Nordkorea zusätzliche 1.500 Soldaten nach Russland geschickt.', 'de'), 'troops_additional').source, 'Ukraine GUR');
    assert.equal(only(claims('Laut Budanow sind inzwischen etwa 12.000 nordkoreanische Soldaten in Russland.', 'de'), 'troops_deployed').source, 'Ukraine GUR');
    assert.equal(
      only(claims('Ein ukrainischer Militärgeheimdienst meldete, dass rund 12.000 nordkoreanische Soldaten in Russland stationiert sind.', 'de'), 'troops_deployed').source,
      'Ukraine GUR',
    );
  });

  test('electronic warfare equipment in the dative and as "Ausrüstung für"', () => {
    assert.deepEqual(slots(claims('Moskau liefert Pjöngjang Ausrüstung für die elektronische Kampfführung.', 'de'), 'weapon_supplied'), ['russia_to_dprk:electronic warfare equipment']);
  });
  test('figures: bare "Tausend" after "mehrere" is vague, "anderthalb Millionen" is not; "weitere" before a noun is a new batch', () => {
    assert.deepEqual(slots(claims('Nordkorea soll mehrere Tausend Soldaten nach Russland entsandt haben.', 'de'), 'troops_deployed'), []);
    assert.deepEqual(slots(claims('Nordkorea hat einige hundert Soldaten nach Russland entsandt.', 'de'), 'troops_deployed'), []);
    assert.equal(only(claims('Pjöngjang liefert Moskau anderthalb Millionen Granaten.', 'de'), 'munitions_supplied').value, 1500000);
    assert.equal(only(claims('Pjöngjang plant, 4.000 weitere Soldaten nach Russland zu entsenden.', 'de'), 'troops_additional').value, 4000);
    // "weitere" standing alone still borrows the earlier noun
    const cs = claims('Rund 200 nordkoreanische Soldaten kamen ums Leben, 800 weitere wurden verletzt.', 'de');
    assert.deepEqual([slots(cs, 'troops_killed'), slots(cs, 'troops_wounded')], [['200'], ['800']]);
  });

  test('positions: genitive "Nordkoreas", state media, "räumte ... ein", "stritt ... ab"', () => {
    const media = only(claims('Nordkoreas Staatsmedien bestätigten erstmals die Entsendung von Soldaten nach Russland.', 'de'), 'official_position');
    assert.deepEqual([media.value, media.status], ['dprk_confirms_deployment', 'confirmed']);
    assert.equal(
      only(claims('Der Kreml räumte am Montag ein, dass nordkoreanische Einheiten an der Rückeroberung beteiligt waren.', 'de'), 'official_position').value,
      'russia_confirms_deployment',
    );
    assert.equal(only(claims('Moskau stritt die Präsenz nordkoreanischer Truppen monatelang ab.', 'de'), 'official_position').value, 'russia_denies_deployment');
  });

  test('captures: "in Gefangenschaft genommen"', () => {
    assert.equal(only(claims('Ukrainische Fallschirmjäger haben drei nordkoreanische Soldaten in Gefangenschaft genommen.', 'de'), 'troops_captured').value, 3);
  });

  test('technology: "Technologie für (Atom-)U-Boote / Satelliten", "hilft beim Bau"', () => {
    assert.deepEqual(slots(claims('Russland hilft Nordkorea beim Bau atomgetriebener U-Boote und von Atom-U-Booten.', 'de'), 'technology_transfer'), ['russia_to_dprk:submarine technology']);
    assert.deepEqual(slots(claims('Moskau liefert Pjöngjang Technologie für Satelliten.', 'de'), 'technology_transfer'), ['russia_to_dprk:satellite technology']);
  });
});

describe('French lexicon', () => {
  test('visits: "se rendre à" (possible) and a woman who "est arrivée"', () => {
    const trip = only(claims('Le dirigeant nord-coréen Kim Jong-un pourrait se rendre à Moscou au printemps.', 'fr'), 'official_visit');
    assert.equal(trip.value, 'kim_to_russia');
    assert.equal(trip.status, 'possible');
    assert.equal(only(claims('Choe Son Hui est arrivée mardi à Moscou pour des entretiens.', 'fr'), 'official_visit').value, 'choe_to_russia');
  });

  test('denials: "fausses informations", "a rejeté les accusations"', () => {
    const cs = claims('Pyongyang a dénoncé de « fausses informations » sur la présence de ses troupes en Russie.', 'fr');
    assert.equal(only(cs, 'official_position').value, 'dprk_denies_deployment');
    assert.equal(only(claims('Le Kremlin a rejeté les accusations concernant des soldats nord-coréens.', 'fr'), 'official_position').value, 'russia_denies_deployment');
  });

  test('Ukraine GUR as source: Boudanov', () => {
    assert.equal(only(claims('Selon Kyrylo Boudanov, environ 11 000 soldats nord-coréens combattent en Russie.', 'fr'), 'troops_deployed').source, 'Ukraine GUR');
  });

  test('a new batch: "des renforts de", "des renforts d\'environ"', () => {
    const a = only(claims('Pyongyang pourrait dépêcher des renforts de 4 000 soldats en Russie.', 'fr'), 'troops_additional');
    assert.equal(a.value, 4000);
    const b = only(claims('La Corée du Nord enverrait des renforts d\'environ 3 500 hommes en Russie.', 'fr'), 'troops_additional');
    assert.deepEqual([b.value, b.qualifier], [3500, 'about']);
  });

  test('"des technologies pour ses satellites / sous-marins" is that technology, not a generic one', () => {
    assert.deepEqual(
      slots(claims('Moscou pourrait transmettre à Pyongyang des technologies pour ses sous-marins nucléaires.', 'fr'), 'technology_transfer').filter((s) => !s.endsWith('military technology')),
      ['russia_to_dprk:submarine technology'],
    );
    assert.deepEqual(slots(claims('La Russie fournit à la Corée du Nord des technologies pour ses satellites espions.', 'fr'), 'technology_transfer'), [
      'russia_to_dprk:satellite technology',
    ]);
  });

  test('place exonyms and "ces hommes" after a sentence about North Korean soldiers', () => {
    const cs = claims('Pyongyang a envoyé 2 000 soldats en Russie. Ces hommes sont entraînés à Oussouriisk.', 'fr');
    assert.deepEqual(slots(cs, 'deployment_location'), ['Ussuriysk']);
    assert.deepEqual(slots(claims('Quelque 9 000 ouvriers nord-coréens travaillent dans l\'Extrême-Orient russe.', 'fr'), 'deployment_location'), ['Russian Far East']);
  });
  test('"3 000 autres soldats" is a new batch; "1 000 autres" alone borrows the noun', () => {
    assert.equal(only(claims('Pyongyang a dépêché 3 000 autres soldats en Russie.', 'fr'), 'troops_additional').value, 3000);
    const cs = claims('Quelque 400 soldats nord-coréens ont été tués et 1 200 autres blessés.', 'fr');
    assert.deepEqual(slots(cs, 'troops_wounded'), ['1200']);
  });

  test('"aiderait ... à développer ses sous-marins nucléaires" is submarine technology', () => {
    assert.deepEqual(slots(claims('Moscou aiderait Pyongyang à construire des sous-marins à propulsion nucléaire.', 'fr'), 'technology_transfer'), [
      'russia_to_dprk:submarine technology',
    ]);
  });
});

describe('Spanish lexicon', () => {
  test('a new batch: "soldados más", "refuerzos de hasta"; "más de" is only a hedge', () => {
    const a = only(claims('Pionyang podría mandar 5.000 soldados más a Rusia.', 'es'), 'troops_additional');
    assert.deepEqual([a.value, a.status], [5000, 'possible']);
    const b = only(claims('Corea del Norte prepara refuerzos de hasta 2.500 hombres para Rusia.', 'es'), 'troops_additional');
    assert.deepEqual([b.value, b.qualifier], [2500, 'up_to']);
    const c = only(claims('Corea del Norte ha desplegado más de 11.000 soldados en Rusia.', 'es'), 'troops_deployed');
    assert.deepEqual([c.value, c.qualifier], [11000, 'more_than']);
  });

  test('denials: "rumores infundados", "rechazó las acusaciones"', () => {
    assert.equal(
      only(claims('Pionyang tachó de rumores infundados las informaciones sobre sus soldados en Rusia.', 'es'), 'official_position').value,
      'dprk_denies_deployment',
    );
    assert.equal(only(claims('El Kremlin rechazó las acusaciones sobre la presencia de tropas norcoreanas.', 'es'), 'official_position').value, 'russia_denies_deployment');
  });

  test('Ukraine GUR as source: Budánov', () => {
    assert.equal(only(claims('Según Kirilo Budánov, unos 12.000 soldados norcoreanos están en Rusia.', 'es'), 'troops_deployed').source, 'Ukraine GUR');
  });

  test('"tecnología de submarinos nucleares" is submarine technology', () => {
    assert.deepEqual(slots(claims('Rusia podría entregar a Pionyang tecnología de submarinos nucleares.', 'es'), 'technology_transfer'), ['russia_to_dprk:submarine technology']);
  });

  test('place exonyms and "los militares" after a sentence about North Korean soldiers', () => {
    const cs = claims('Corea del Norte mandó 3.000 soldados a Rusia. Los militares desembarcaron en Vladivostok y siguieron hacia Ussuriisk.', 'es');
    assert.deepEqual(slots(cs, 'deployment_location'), ['Vladivostok', 'Ussuriysk']);
    assert.deepEqual(slots(claims('Unos 7.000 obreros norcoreanos trabajan en el Lejano Oriente ruso.', 'es'), 'deployment_location'), ['Russian Far East']);
  });
  test('captures with the personal "a": "capturó a dos"', () => {
    assert.equal(only(claims('El ejército ucraniano capturó a cuatro soldados norcoreanos cerca de Sudzha.', 'es'), 'troops_captured').value, 4);
  });

  test('"ayudaría a ... a desarrollar submarinos nucleares" is submarine technology', () => {
    assert.deepEqual(slots(claims('Rusia ayudaría a Pionyang a construir un submarino nuclear.', 'es'), 'technology_transfer'), ['russia_to_dprk:submarine technology']);
  });
});

describe('attribution in German, French and Spanish', () => {
  const source = (text: string, language: string) => only(claims(text, language), 'troops_deployed').source;

  test('German: ", so der ...", "geht von ... aus", "wie ... mitteilte", "Südkoreas Geheimdienst", "die Nato"', () => {
    assert.equal(source('Etwa 11.000 nordkoreanische Soldaten stehen in Russland, so der südkoreanische Generalstab.', 'de'), 'South Korea JCS');
    assert.equal(source('Das Pentagon geht von etwa 11.000 nordkoreanischen Soldaten in Russland aus.', 'de'), 'US Department of Defense');
    assert.equal(source('Wie der NIS mitteilte, stehen etwa 11.000 nordkoreanische Soldaten in Russland.', 'de'), 'South Korea NIS');
    assert.equal(source('Südkoreas Geheimdienst vermutet etwa 11.000 nordkoreanische Soldaten in Russland.', 'de'), 'South Korea NIS');
    assert.equal(source('Die Nato geht davon aus, dass etwa 11.000 nordkoreanische Soldaten in Russland stehen.', 'de'), 'NATO');
  });

  test('French: "selon le Pentagone", "l\'Otan a assuré"', () => {
    assert.equal(source('Près de 11 000 soldats nord-coréens se trouvent en Russie, selon le Pentagone.', 'fr'), 'US Department of Defense');
    assert.equal(source('L\'Otan a assuré que près de 11 000 soldats nord-coréens se trouvent en Russie.', 'fr'), 'NATO');
  });

  test('Spanish: "la OTAN estimó"', () => {
    assert.equal(source('La OTAN estimó que cerca de 11.000 soldados norcoreanos se encuentran en Rusia.', 'es'), 'NATO');
  });
});

describe('status cues and sentence-initial attribution', () => {
  test('plans are possible: "bereitet ... vor", "beabsichtigt", "envisagerait", "estaría preparando"', () => {
    assert.equal(only(claims('Nordkorea bereitet laut Seoul die Entsendung von 6.000 Bauarbeitern nach Russland vor.', 'de'), 'workers_sent').status, 'possible');
    assert.equal(only(claims('Pjöngjang beabsichtigt, 6.000 Bauarbeiter nach Russland zu entsenden.', 'de'), 'workers_sent').status, 'possible');
    assert.equal(only(claims('Pyongyang envisagerait d\'envoyer 6 000 ouvriers en Russie.', 'fr'), 'workers_sent').status, 'possible');
    assert.equal(only(claims('Pionyang estaría preparando el traslado de 6.000 obreros a Rusia.', 'es'), 'workers_sent').status, 'possible');
  });

  test('"Pour le GUR, ..." and "Para el GUR, ..." name the source', () => {
    assert.equal(only(claims('Pour le GUR, Pyongyang pourrait dépêcher 4 000 ouvriers en Russie.', 'fr'), 'workers_sent').source, 'Ukraine GUR');
    assert.equal(only(claims('Para el GUR, Pionyang podría mandar 4.000 obreros a Rusia.', 'es'), 'workers_sent').source, 'Ukraine GUR');
  });

  test('the Russian General Staff speaks as itself', () => {
    assert.equal(
      only(claims('Der russische Generalstab teilte mit, 1.500 nordkoreanische Soldaten hätten an den Kämpfen teilgenommen.', 'de'), 'troops_deployed').source,
      'Russian General Staff',
    );
    assert.equal(
      only(claims('Valeri Guerásimov aseguró que 1.500 soldados norcoreanos participaron en los combates.', 'es'), 'troops_deployed').source,
      'Russian General Staff',
    );
  });
});

describe('number words and hedges', () => {
  const troops = (text: string, language: string) => {
    const c = only(claims(text, language), 'troops_deployed');
    return [c.value, c.qualifier];
  };

  test('German compounds "fünfundzwanzigtausend", Spanish "veinticinco mil", Swiss/Belgian "septante"', () => {
    assert.deepEqual(troops('Nordkorea hat insgesamt sechsunddreißigtausend Soldaten nach Russland verlegt.', 'de'), [36000, 'exact']);
    assert.deepEqual(troops('Corea del Norte ha desplegado veintiocho mil soldados en Rusia.', 'es'), [28000, 'exact']);
    assert.deepEqual(troops('Corea del Norte ha desplegado trescientos soldados en Rusia.', 'es'), [300, 'exact']);
    assert.deepEqual(troops('La Corée du Nord a déployé septante mille soldats en Russie.', 'fr'), [70000, 'exact']);
  });

  test('Spanish "o más" is a hedge, not a new batch', () => {
    assert.deepEqual(troops('Corea del Norte ha desplegado 9.000 soldados o más en Rusia.', 'es'), [9000, 'at_least']);
  });
});

describe('German future and passive', () => {
  test('"wird/werden + infinitive" is possible, "wird/werden + participle" is not', () => {
    assert.equal(only(claims('Pjöngjang wird im Frühjahr zusätzliche 2.000 Soldaten nach Russland entsenden.', 'de'), 'troops_additional').status, 'possible');
    assert.equal(only(claims('Bis zum Sommer werden es rund 14.000 nordkoreanische Soldaten sein.', 'de'), 'troops_deployed').status, 'possible');
    assert.equal(only(claims('Die Verluste der nordkoreanischen Einheiten werden auf etwa 4.200 geschätzt.', 'de'), 'troops_casualties').status, 'reported');
    assert.equal(only(claims('Rund 4.000 nordkoreanische Soldaten werden derzeit an der Front eingesetzt.', 'de'), 'troops_deployed').status, 'reported');
  });

  test('items: any "*drohnen", assault rifles', () => {
    assert.deepEqual(slots(claims('Pjöngjang liefert Moskau Angriffsdrohnen und Sturmgewehre.', 'de'), 'weapon_supplied'), [
      'dprk_to_russia:drones',
      'dprk_to_russia:small arms',
    ]);
  });
});

describe('genitive place names as sources, hosting as a visit', () => {
  test('German "nach Einschätzung Kiews", "nach Erkenntnissen Seouls"', () => {
    assert.equal(only(claims('Nach Einschätzung Kiews stehen 12.000 nordkoreanische Soldaten in Russland.', 'de'), 'troops_deployed').source, 'Ukraine government');
    assert.equal(only(claims('Nach Erkenntnissen Seouls stehen 12.000 nordkoreanische Soldaten in Russland.', 'de'), 'troops_deployed').source, 'South Korea government');
  });

  test('"a accueilli" / "acogió" a visitor in the host\'s capital', () => {
    assert.deepEqual(slots(claims('Vladimir Poutine a accueilli Kim Jong-un au Kremlin mardi.', 'fr'), 'official_visit'), ['kim_to_russia']);
    assert.deepEqual(slots(claims('Kim Jong-un acogió a Serguéi Shoigú en Pionyang.', 'es'), 'official_visit'), ['shoigu_to_dprk']);
  });
});

describe('repelling an attack is no denial', () => {
  test('"wies ... zurück", "a rejeté", "rechazó" deny only reports, claims, accusations', () => {
    assert.deepEqual(slots(claims('Moskau wies einen ukrainischen Vorstoß mit Hilfe nordkoreanischer Soldaten zurück.', 'de'), 'official_position'), []);
    assert.deepEqual(slots(claims('La Russie a rejeté un assaut ukrainien grâce à des soldats nord-coréens.', 'fr'), 'official_position'), []);
    assert.deepEqual(slots(claims('Rusia rechazó un asalto ucraniano con ayuda de soldados norcoreanos.', 'es'), 'official_position'), []);
    assert.equal(only(claims('Moscú rechazó rotundamente las informaciones sobre militares norcoreanos en su territorio.', 'es'), 'official_position').value, 'russia_denies_deployment');
    assert.equal(only(claims('Moscou a balayé ces allégations sur des troupes nord-coréennes.', 'fr'), 'official_position').value, 'russia_denies_deployment');
  });
});
