// Items: what a transfer is paid with goes the other way; pictures of an item and a weapon's technology are no weapon
// changing hands (rules/items.ts, direction.ts). One sentence per rule, written for these tests.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { extract, one, values } from './helpers.js';

describe('the payment of a transfer goes the other way', () => {
  test('after "in exchange for" / "a cambio de" / "in cambio di"', () => {
    const es = extract('es', 'Corea del Norte está suministrando municiones a Rusia a cambio de tecnología satelital.');
    assert.deepEqual(values(es, 'technology_transfer'), ['russia_to_dprk:satellite technology']);
    const en = extract('en', 'North Korea is sending Russia artillery shells in exchange for oil and air defence systems.');
    assert.deepEqual(values(en, 'weapon_supplied').sort(), ['dprk_to_russia:artillery shells', 'russia_to_dprk:air defense systems']);
    assert.deepEqual(values(en, 'resources_supplied'), ['russia_to_dprk:oil']);
  });

  test('a bare "in return" is an adverb: the verb still governs the item', () => {
    const fr = extract('fr', 'Selon Kiev, la Russie fournirait en échange à la Corée du Nord des systèmes de défense antiaérienne.');
    assert.deepEqual(values(fr, 'weapon_supplied'), ['russia_to_dprk:air defense systems']);
  });
});

describe('what is no item changing hands', () => {
  test('satellite imagery is evidence, not satellite technology', () => {
    const en = extract('en', 'Commercial satellite imagery shows North Korea sending trains of containers to Russia.');
    assert.deepEqual(values(en, 'technology_transfer'), []);
    const es = extract('es', 'Las imágenes de satélites comerciales muestran que Corea del Norte envía contenedores a Rusia.');
    assert.deepEqual(values(es, 'technology_transfer'), []);
  });

  test('"ballistic missile technology" is technology, not missiles', () => {
    const en = extract('en', 'North Korea seeks ballistic missile technology from Russia.');
    assert.deepEqual(values(en, 'weapon_supplied'), []);
    assert.deepEqual(values(en, 'technology_transfer'), ['russia_to_dprk:missile technology']);
  });
});

describe('a sentence that opens with "in return"', () => {
  test('with no giver named, the payment goes to North Korea', () => {
    const de = extract('de', 'Im Gegenzug habe Nordkorea technische Beratung in Bezug auf Flugabwehrraketen und Drohnen erhalten.');
    assert.deepEqual(values(de, 'weapon_supplied'), ['russia_to_dprk:air defense systems']);
  });

  test('with a giver named, the giver gives', () => {
    assert.deepEqual(values(extract('en', 'In return, North Korea sends artillery shells to Russia.'), 'weapon_supplied'), ['dprk_to_russia:artillery shells']);
  });
});

describe('what containers can hold is possible, not reported', () => {
  test('capacity and "potentially" hedge the contents', async () => {
    const { one } = await import('./helpers.js');
    const en = extract('en', 'North Korea has shipped containers to Russia that can hold nearly 5 million artillery shells.');
    assert.equal(one(en, 'munitions_supplied', 5000000).status, 'possible');
    const it = extract('it', 'La Corea del Nord ha fornito alla Russia 10.000 container di munizioni (potenzialmente contenenti più di 3 milioni di proiettili).');
    assert.equal(one(it, 'munitions_supplied', 3000000).status, 'possible');
  });
});

describe('projectiles are shells', () => {
  test('"projectiles" counts shells in French and English', async () => {
    const fr = extract('fr', 'La Corée du Nord fournit environ 3 millions de projectiles par an à la Russie.');
    assert.deepEqual(values(fr, 'munitions_supplied'), ['dprk_to_russia:3000000']);
    const en = extract('en', 'North Korea has sent some 2 million artillery projectiles to Russia.');
    assert.deepEqual(values(en, 'munitions_supplied'), ['dprk_to_russia:2000000']);
  });
});

describe('a case-sensitive term', () => {
  test('"cs:" phrases match only as written: French people vs adjective', async () => {
    const { TermMatcher } = await import('../../src/articles/term-patterns.js');
    const m = new TermMatcher([['cs:Nord-Coréens']]);
    assert.equal(m.find('Les Nord-Coréens sont arrivés.').length, 1);
    assert.equal(m.find('des pétroliers nord-coréens').length, 0);
  });

  test('North Korean tankers are no North Korean personnel at a place', () => {
    const fr = extract('fr', "Une douzaine de pétroliers nord-coréens ont effectué 43 voyages entre un terminal dans l'Extrême-Orient russe et la Corée du Nord.");
    assert.deepEqual(values(fr, 'deployment_location'), []);
  });
});

describe('a bracket is an aside', () => {
  test('items on both sides of "(170 mm)" belong to one clause', () => {
    const fr = extract('fr', "Pyongyang a envoyé 120 systèmes d'artillerie automoteurs (170 mm) et le même nombre de lance-roquettes multiples.");
    assert.deepEqual(values(fr, 'weapon_supplied').sort(), ['dprk_to_russia:multiple rocket launchers', 'dprk_to_russia:self-propelled howitzers']);
  });

  test('space after a technology cue, written as an adjective', () => {
    const fr = extract('fr', 'Pyongyang reçoit en échange des technologies de missiles et spatiales de la Russie.');
    assert.ok(values(fr, 'technology_transfer').includes('russia_to_dprk:space technology'));
  });
});

describe('a transfer whose parties the previous sentence names', () => {
  test('"A questo si aggiungono le forniture di ..." after a sentence naming both countries', () => {
    const text = 'Il leader nordcoreano avrebbe inviato oltre 10.000 soldati per aiutare Mosca. A questo si aggiungono le forniture di proiettili di artiglieria e missili a corto raggio.';
    assert.deepEqual(values(extract('it', text), 'weapon_supplied').sort(), ['dprk_to_russia:artillery shells', 'dprk_to_russia:ballistic missiles']);
  });

  test('after a sentence naming only one of them, nothing', () => {
    const text = 'Il leader nordcoreano ha visitato una fabbrica. A questo si aggiungono le forniture di proiettili di artiglieria.';
    assert.deepEqual(values(extract('it', text), 'weapon_supplied'), []);
  });
});

describe("the fate of the counted soldiers, written before the figure", () => {
  test('killed and wounded between the subject and its figure', async () => {
    assert.deepEqual(values(extract('it', 'I soldati nordcoreani morti e feriti sono complessivamente 4mila.'), 'troops_casualties'), [4000]);
    assert.deepEqual(values(extract('es', 'Los soldados norcoreanos muertos y heridos ya suman 4.000.'), 'troops_casualties'), [4000]);
    assert.deepEqual(values(extract('it', 'I soldati nordcoreani morti sono almeno 300.'), 'troops_killed'), [300]);
  });

  test('after a count noun, the participles before the soldiers', () => {
    const de = extract('de', 'Die Zahl der getöteten und verwundeten nordkoreanischen Soldaten liegt bei 4.000.');
    assert.deepEqual(values(de, 'troops_casualties'), [4000]);
    assert.deepEqual(values(de, 'troops_deployed'), []);
  });

  test('without a fate, the subject is still the deployment', () => {
    assert.deepEqual(values(extract('it', 'I soldati nordcoreani in Russia sono circa 11mila.'), 'troops_deployed'), [11000]);
  });
});

describe('what comes in return continues the previous transfer the other way', () => {
  test('"In return, it received ..." after a sentence of North Korean shells lists what North Korea got', () => {
    const text =
      'Seúl asegura que el régimen ha suministrado a Moscú unos 8 millones de proyectiles. A cambio, ha recibido sistemas de misiles antiaéreos y drones.';
    assert.deepEqual(values(extract('es', text), 'weapon_supplied').sort(), ['dprk_to_russia:artillery shells', 'russia_to_dprk:air defense systems', 'russia_to_dprk:drones']);
  });

  test('without "in return" the next sentence keeps the direction', () => {
    const text = 'Seúl asegura que el régimen ha suministrado a Moscú unos 8 millones de proyectiles. También ha enviado drones.';
    assert.deepEqual(values(extract('es', text), 'weapon_supplied').sort(), ['dprk_to_russia:artillery shells', 'dprk_to_russia:drones']);
  });
});

describe('a direction that is only the default gives way', () => {
  test('the same item read the other way from what a sentence said wins over a default reading', () => {
    const text =
      'Russia may have transferred MiG-29 fighter jets to North Korea in exchange for soldiers, a US admiral said. Analysts noted that the transfer of MiG-29s would significantly upgrade North Korea\'s air force.';
    assert.deepEqual(values(extract('en', text), 'weapon_supplied'), ['russia_to_dprk:fighter jets']);
  });

  test('a default reading with nothing against it stays', () => {
    assert.deepEqual(values(extract('en', 'Analysts noted that the transfer of MiG-29s between North Korea and Russia would change the war.'), 'weapon_supplied').length, 1);
  });
});

describe('a count of containers is as sure as the text makes it', () => {
  test('shipped containers, said plainly, are reported', () => {
    const c = one(extract('en', 'The NIS said North Korea has shipped more than 13,000 containers of munitions to Russia.'), 'munitions_supplied', 13000);
    assert.equal(c.status, 'reported');
  });

  test('hedged in the next sentence, what they carried is possible', () => {
    const text = 'Seoul spotted over 13,000 containers shipped from North Korea to Russia, officials said. They could have been used to transport arms.';
    assert.equal(one(extract('en', text), 'munitions_supplied', 13000).status, 'possible');
  });
});

describe('technologies listed after a cue share its modality', () => {
  test('"will likely request technology transfers relating to ..." makes each listed technology possible', () => {
    const claims = extract('en', 'North Korea will likely request Russian technology transfers relating to tactical nuclear weapons, the advancement of its intercontinental ballistic missiles and reconnaissance satellites.');
    assert.equal(one(claims, 'technology_transfer', 'satellite technology').status, 'possible');
  });
});

describe('what is payment for a transfer goes the other way', () => {
  test('"the oil is payment for weapons sent to Moscow" / "come pagamento per"', () => {
    const en = extract('en', 'The British foreign secretary said the oil is payment for weapons and troops sent to Moscow.');
    assert.deepEqual(values(en, 'resources_supplied'), ['russia_to_dprk:oil']);
    const it = extract('it', 'Il petrolio russo arriva a Pyongyang come pagamento per le munizioni inviate a Mosca.');
    assert.deepEqual(values(it, 'resources_supplied'), ['russia_to_dprk:oil']);
  });
});

describe('a transfer with a third country is not the cooperation followed', () => {
  test('technology shared with Tehran, no North Korean party in the clause', () => {
    const text = 'Seoul fears an arrangement like the one in which Moscow has been sharing technology on nuclear issues with Tehran.';
    assert.deepEqual(values(extract('en', text), 'technology_transfer'), []);
  });

  test('a North Korean party in the clause keeps the transfer', () => {
    const text = 'Moscow has been sharing military technology with Pyongyang, as it does with Tehran, officials said.';
    assert.deepEqual(values(extract('en', text), 'technology_transfer'), ['russia_to_dprk:military technology']);
  });
});

describe('a possessive is no giver', () => {
  test('"Russia\'s leading supporter ..., providing missiles": the supporter provides', () => {
    const text = "North Korea has become Russia's leading supporter in the war against Ukraine, providing ballistic missiles.";
    assert.deepEqual(values(extract('en', text), 'weapon_supplied'), ['dprk_to_russia:ballistic missiles']);
  });
});

test('after a relative, the subject may follow its verb ("que le suministra Corea del Norte")', () => {
  const es = extract('es', 'Rusia emplea misiles balísticos que le suministra Corea del Norte.');
  assert.deepEqual(values(es, 'weapon_supplied'), ['dprk_to_russia:ballistic missiles']);
  const it = extract('it', 'La Russia usa missili balistici che le fornisce la Corea del Nord.');
  assert.deepEqual(values(it, 'weapon_supplied'), ['dprk_to_russia:ballistic missiles']);
  // a recipient after the verb is no subject
  const es2 = extract('es', 'Corea del Norte fabrica misiles balísticos que suministra a Rusia.');
  assert.deepEqual(values(es2, 'weapon_supplied'), ['dprk_to_russia:ballistic missiles']);
});
