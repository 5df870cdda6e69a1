// Rules added while measuring on real articles (live blogs, analyses, interviews). One sentence per rule, written
// for these tests.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers } from '../../src/claims/numbers.js';
import { lexiconFor } from '../../src/claims/lexicon.js';
import { extract, pack, values } from './helpers.js';

describe('measures are not counts', () => {
  test('a share or a calibre after a figure drops the figure', () => {
    const fr = lexiconFor(pack(), 'fr');
    assert.deepEqual(findNumbers('des obusiers de 170 mm et 30 % des obus', fr).map((n) => n.value), []);
    const en = lexiconFor(pack(), 'en');
    assert.deepEqual(findNumbers('about 40 per cent of the 12,000 shells, 40% of them', en).map((n) => n.value), [12000]);
    assert.deepEqual(values(extract('es', 'Kiev calcula que el 30 % de los proyectiles que recibe Rusia son norcoreanos.'), 'munitions_supplied'), []);
  });
});

describe('"the North" in Korean news', () => {
  test('stands for North Korea as subject, not in "in the north" or "the North Korean port"', () => {
    assert.deepEqual(values(extract('en', 'The North has also shipped more than 13,000 containers of munitions to Russia, the agency said.'), 'munitions_supplied'), ['dprk_to_russia:13000']);
    assert.deepEqual(
      values(extract('en', 'Seoul spotted over 13,000 containers being shipped through the North Korean port of Najin to Russia.'), 'munitions_supplied'),
      ['dprk_to_russia:13000'],
    );
    assert.deepEqual(extract('en', 'Ukraine moved 5,000 troops in the north of the region.').filter((c) => c.kind.startsWith('troops')), []);
  });
});

describe('another country acting is another army', () => {
  test('after a sentence about North Korean troops, "Ukraine deployed 5,000 troops" is not theirs', () => {
    const claims = extract('en', 'North Korea has sent 10,000 troops to Russia. Ukraine deployed 5,000 troops near the border.');
    assert.deepEqual(values(claims, 'troops_deployed'), [10000]);
  });
  test('a country that only speaks keeps the thread', () => {
    const claims = extract('en', 'North Korean losses in Kursk have reached about 4,000. Of those, roughly 1,500 were killed, Kyiv said.');
    assert.deepEqual(values(claims, 'troops_killed'), [1500]);
  });
});

describe('losses are personnel', () => {
  test('the figures after "North Korean losses" are theirs', () => {
    const claims = extract(
      'en',
      'Ukraine says North Korean losses in the Kursk region have reached about 4,000 killed and wounded. Of those, roughly 1,500 were killed and some 2,500 wounded, a spokesman said.',
    );
    assert.deepEqual(values(claims, 'troops_casualties'), [4000]);
    assert.deepEqual(values(claims, 'troops_killed'), [1500]);
    assert.deepEqual(values(claims, 'troops_wounded'), [2500]);
  });
});

describe('a batch noun before the figure', () => {
  test('"a fresh contingent of at least 1,000 troops" is troops_additional', () => {
    assert.deepEqual(values(extract('en', 'Pyongyang is preparing a fresh contingent of at least 1,000 troops for Russia.'), 'troops_additional'), [1000]);
    assert.deepEqual(values(extract('it', 'La Corea del Nord ha inviato in Russia un nuovo contingente di 2.000 soldati.'), 'troops_additional'), [2000]);
    // a contingent with a verb and other words between is not a batch of that figure
    assert.deepEqual(values(extract('en', 'The North Korean contingent in Kursk now numbers about 11,000 soldiers.'), 'troops_additional'), []);
  });
});

describe('technology', () => {
  test('a North Korean subject asking for technology is the receiver', () => {
    assert.deepEqual(
      values(extract('en', 'North Korea will likely request technology transfers relating to satellites, officials said.'), 'technology_transfer'),
      ['russia_to_dprk:satellite technology'],
    );
    assert.deepEqual(
      values(extract('es', 'Pyongyang ha recibido asistencia técnica en materia de satélites espía, según Seúl.'), 'technology_transfer'),
      ['russia_to_dprk:satellite technology'],
    );
  });

  test('what a technology is for names the technology', () => {
    const claims = extract('en', 'North Korea is seeking Russian technology related to tactical nuclear weapons, North Korean ballistic missiles and drones.');
    assert.deepEqual(values(claims, 'technology_transfer'), [
      'russia_to_dprk:nuclear technology',
      'russia_to_dprk:missile technology',
      'russia_to_dprk:drone technology',
    ]);
    assert.deepEqual(values(claims, 'weapon_supplied'), []);
  });

  test('a verb after the cue starts another predicate; an air defence missile stays a weapon', () => {
    const claims = extract('en', 'Russia provides technology to Pyongyang, and North Korea sends ballistic missiles to Russia.');
    assert.deepEqual(values(claims, 'weapon_supplied'), ['dprk_to_russia:ballistic missiles']);
    assert.deepEqual(values(claims, 'technology_transfer'), ['russia_to_dprk:military technology']);
    assert.deepEqual(
      values(extract('es', 'Rusia ha dado a Pyongyang asistencia técnica en materia de misiles antiaéreos.'), 'technology_transfer'),
      [],
    );
  });
});

describe('figures shaped like years', () => {
  test('"alrededor de 2000 soldados" counts soldiers; "en 2024" stays a date', () => {
    assert.deepEqual(values(extract('es', 'Alrededor de 2000 soldados norcoreanos han muerto en 2024.'), 'troops_killed'), [2000]);
    assert.deepEqual(values(extract('fr', 'Pyongyang a envoyé 2000 soldats en Russie en 2024.'), 'troops_deployed'), [2000]);
    assert.deepEqual(extract('es', 'Corea del Norte envió soldados a Rusia en 2024.').filter((c) => c.kind.startsWith('troops')), []);
  });
});

describe('lexicon additions from real articles', () => {
  test('participles as adjectives carry the transfer; self-propelled artillery systems are howitzers', () => {
    assert.deepEqual(
      values(extract('de', 'Die Hälfte der von Nordkorea an Russland gelieferten 1,5 Millionen Artilleriegranaten ist defekt.'), 'munitions_supplied'),
      ['dprk_to_russia:1500000'],
    );
    assert.deepEqual(
      values(extract('en', 'The DPRK is actively supplying Russia with MLRS and self-propelled artillery systems.'), 'weapon_supplied'),
      ['dprk_to_russia:multiple rocket launchers', 'dprk_to_russia:self-propelled howitzers'],
    );
  });
  test('officers and combat engineers are troops', () => {
    assert.deepEqual(values(extract('de', 'Sechs nordkoreanische Offiziere sind bei Donezk ums Leben gekommen.'), 'troops_killed'), [6]);
    assert.deepEqual(values(extract('es', 'Pyongyang envió a Rusia 1.000 ingenieros de combate norcoreanos.'), 'troops_deployed'), [1000]);
  });
});

describe('official positions in other words', () => {
  test('calling the reports false is a denial', () => {
    assert.deepEqual(
      values(extract('fr', 'Le Kremlin a qualifié jeudi de "fausses" les informations selon lesquelles des soldats nord-coréens combattent en Ukraine.'), 'official_position'),
      ['russia_denies_deployment'],
    );
    assert.deepEqual(
      values(extract('en', 'The Kremlin called the reports of North Korean soldiers in Kursk "false".'), 'official_position'),
      ['russia_denies_deployment'],
    );
  });
  test('confirming the part North Korea plays, or "it" after a sentence about the troops', () => {
    assert.deepEqual(
      values(extract('de', 'Ende April hatten Putin und Kim Jong Un öffentlich bestätigt, dass Nordkorea Russland im Krieg unterstützt.'), 'official_position'),
      ['dprk_confirms_deployment', 'russia_confirms_deployment'],
    );
    assert.deepEqual(
      values(extract('it', 'La Corea del Nord ha inviato migliaia di soldati in Russia. Ad aprile la Corea del Nord ha confermato di averlo fatto.'), 'official_position'),
      ['dprk_confirms_deployment'],
    );
  });
  test('"la guerra de Rusia" is not the subject of the confirmation', () => {
    assert.deepEqual(
      values(extract('es', 'Corea del Norte confirmó que había desplegado tropas para apoyar la guerra de Rusia y admitió bajas.'), 'official_position'),
      ['dprk_confirms_deployment'],
    );
  });
});

describe('treaty verbs', () => {
  test('"pour y signer un accord de défense mutuelle", "established a mutual defence pact"', () => {
    assert.deepEqual(values(extract('fr', 'Poutine a effectué une visite à Pyongyang en juin pour y signer un accord de défense mutuelle avec Kim Jong Un.'), 'treaty_event'), ['signed']);
    assert.deepEqual(values(extract('en', 'The two countries established a mutual defence pact in June.'), 'treaty_event'), ['signed']);
  });
});

describe('sources named elsewhere in the article', () => {
  const one = (claims: ReturnType<typeof extract>, kind: string) => claims.find((c) => c.kind === kind)?.source;
  test('a person introduced with an office speaks for it later; "according to him" is the last source', () => {
    const claims = extract(
      'en',
      'This was stated by South Korean Defense Minister Shin Wonsik in an interview.\n\nAccording to him, 10,000 containers were shipped from North Korea to Russia. Shin said North Korea sent 3,000 troops to Russia.',
    );
    assert.equal(one(claims, 'munitions_supplied'), 'South Korea government');
    assert.equal(one(claims, 'troops_deployed'), 'South Korea government');
  });
  test('"X, deputy head of Ukraine\'s military intelligence" before the office', () => {
    const claims = extract(
      'en',
      "Vadym Skibitsky, deputy head of Ukraine's military intelligence, spoke on Monday. Skibitsky said North Korea had shipped 1.5 million shells to Russia.",
    );
    assert.equal(one(claims, 'munitions_supplied'), 'Ukraine GUR');
  });
  test('the attribution may open the next paragraph', () => {
    const claims = extract('en', 'North Korea has shipped nearly 5 million artillery shells to Russia.\n\nThis was reported by NHK, citing diplomats.');
    assert.equal(one(claims, 'munitions_supplied'), 'NHK');
  });
  test('a nationality before the outlet is no name', () => {
    const claims = extract('en', 'According to South Korean newspaper DongA Ilbo, Putin will visit North Korea next week.');
    assert.equal(one(claims, 'official_visit'), 'DongA Ilbo');
  });
});

describe('direction in verb-final and exchange clauses', () => {
  test('"dass Nordkorea Russland ... geliefert hat": the first bare party gives', () => {
    assert.deepEqual(
      values(extract('de', 'Der Dienst geht davon aus, dass Nordkorea Russland bisher rund zehn Millionen Artilleriegeschosse geliefert hat.'), 'munitions_supplied'),
      ['dprk_to_russia:10000000'],
    );
    assert.deepEqual(
      values(extract('de', 'Russland hat seinem Verbündeten Nordkorea nach südkoreanischen Angaben Flugabwehrraketen geliefert.'), 'weapon_supplied'),
      ['russia_to_dprk:air defense systems'],
    );
  });
  test('engines for launchers are space technology, technical advice opens a list of technologies', () => {
    const claims = extract('de', 'Im Gegenzug habe Nordkorea von Russland technische Beratung in Bezug auf Triebwerke für Trägerraketen und Drohnen erhalten.');
    assert.deepEqual(values(claims, 'technology_transfer'), ['russia_to_dprk:space technology', 'russia_to_dprk:drone technology']);
  });
});

describe('speakers', () => {
  const src = (claims: ReturnType<typeof extract>, kind: string) => claims.find((c) => c.kind === kind)?.source;
  test('"informó que Corea del Norte": the place after the cue is what was reported, not who reported it', () => {
    const claims = extract('es', 'La inteligencia ucraniana informó que Corea del Norte ha suministrado más de 100 misiles balísticos a Rusia.');
    assert.equal(src(claims, 'missiles_supplied'), 'Ukraine GUR');
  });
  test('a companion does not speak', () => {
    const claims = extract('en', 'North Korea will request Russian technology related to satellites, the South Korean defense minister said, speaking alongside Defense Secretary Lloyd Austin.');
    assert.equal(src(claims, 'technology_transfer'), 'South Korea government');
  });
  test('officials by nationality and foreign intelligence services', () => {
    assert.equal(src(extract('en', 'Russia gave North Korea oil, according to a South Korean official.'), 'resources_supplied'), 'South Korea government');
    assert.equal(
      src(extract('fr', "Selon le chef du Service de renseignement extérieur de l'Ukraine, la Corée du Nord a transféré six millions d'obus à la Russie."), 'munitions_supplied'),
      'Ukraine Foreign Intelligence Service',
    );
  });
});

describe('a running source', () => {
  test('an unattributed claim a few sentences after a named source is that source\'s; far away it is nobody\'s', () => {
    const near = extract('en', "South Korea's spy agency briefed lawmakers on Monday.\n\nThe North has sent 3,000 more troops to Russia.");
    assert.equal(near.find((c) => c.kind === 'troops_additional')?.source, 'South Korea NIS');
    const filler = Array.from({ length: 6 }, (_, i) => `Paragraph ${i} says nothing about figures.`).join('\n\n');
    const far = extract('en', `South Korea's spy agency briefed lawmakers on Monday.\n\n${filler}\n\nThe North has sent 3,000 more troops to Russia.`);
    assert.equal(far.find((c) => c.kind === 'troops_additional')?.source, undefined);
  });
});

describe('workers and shipments in other words', () => {
  test('North Koreans who come to work or rebuild are workers', () => {
    assert.deepEqual(values(extract('it', 'Secondo Seul circa 15mila nordcoreani sono entrati in Russia per lavorare.'), 'workers_sent'), [15000]);
    assert.deepEqual(values(extract('en', 'Moscow plans to bring in 5,000 North Koreans to help rebuild the Kursk region.'), 'workers_sent'), [5000]);
    // soldiers stay soldiers, whatever they rebuild
    assert.deepEqual(values(extract('en', 'Pyongyang sent 5,000 North Korean soldiers to help rebuild Kursk.'), 'workers_sent'), []);
  });
  test('what the previous sentence\'s containers hold is a shipment in the same direction', () => {
    const claims = extract('en', 'North Korea shipped 10,000 containers to Russia. They may contain up to 4.8 million artillery shells used by the Russian army.');
    assert.deepEqual(values(claims, 'munitions_supplied'), ['dprk_to_russia:10000', 'dprk_to_russia:4800000']);
    assert.deepEqual(values(extract('en', 'North Korea shipped 10,000 containers to Russia. Russia fires 3 million Russian shells a year.'), 'munitions_supplied'), ['dprk_to_russia:10000']);
  });
});

describe('visits', () => {
  test('a possessive is no destination; the host met is at home', () => {
    assert.deepEqual(
      values(extract('en', 'Russian Foreign Minister Sergey Lavrov met with North Korean leader Kim Jong Un during a visit to the secretive country and Moscow’s ally.'), 'official_visit'),
      ['lavrov_to_dprk'],
    );
    assert.deepEqual(values(extract('en', 'Sergey Lavrov held talks with Kim Jong Un during his visit on Saturday.'), 'official_visit'), ['lavrov_to_dprk']);
  });
});

describe('losses and captivity in other words', () => {
  test('North Korean losses as the subject of a figure are casualties', () => {
    const en = extract('en', 'North Korean casualties have risen to about 4,000, including 1,000 dead.');
    assert.deepEqual(values(en, 'troops_casualties'), [4000]);
    assert.deepEqual(values(en, 'troops_killed'), [1000]);
    assert.deepEqual(values(extract('fr', "Les pertes nord-coréennes s'élèvent à 4 000 hommes, dont un millier de tués."), 'troops_casualties'), [4000]);
    // losses to replace are no count of them
    assert.deepEqual(values(extract('en', 'To replace its losses, North Korea sent 3,000 more troops to Russia.'), 'troops_additional'), [3000]);
  });
  test('captivity', () => {
    assert.deepEqual(values(extract('de', 'Zwei nordkoreanische Soldaten sind in ukrainische Gefangenschaft geraten.'), 'troops_captured'), [2]);
    assert.deepEqual(values(extract('en', 'Two North Korean soldiers are in Ukrainian captivity.'), 'troops_captured'), [2]);
  });
  test('a visit word after "mission from Putin" keeps the visitor who arrived', () => {
    const claims = extract('en', 'Tass reported Shoigu arrived in the North Korean capital on Tuesday on a special mission from Putin and was expected to meet with Kim.');
    assert.deepEqual(values(claims, 'official_visit'), ['shoigu_to_dprk']);
  });
});

describe('owners and destinations of troops', () => {
  test('"troops to Russia\'s Kursk region" are Pyongyang\'s; "troops of Ukraine\'s army" are not', () => {
    assert.deepEqual(values(extract('en', "Pyongyang has deployed some 11,000 troops to Russia's Kursk region, according to the Pentagon."), 'troops_deployed'), [11000]);
    assert.deepEqual(values(extract('en', "North Korea watched as 3,000 troops of Ukraine's army advanced."), 'troops_deployed'), []);
  });
  test('"3,000 more North Korean troops" is a batch', () => {
    assert.deepEqual(values(extract('en', 'Seoul believes 3,000 more North Korean troops were sent in January.'), 'troops_additional'), [3000]);
  });
});

describe('German verb-second with the subject after the verb', () => {
  test('"liefert Moskau Pjöngjang Öl": the first of two bare parties gives', () => {
    assert.deepEqual(values(extract('de', 'Im Gegenzug liefert Moskau Pjöngjang Öl und Lebensmittel.'), 'resources_supplied'), ['russia_to_dprk:oil', 'russia_to_dprk:food']);
    assert.deepEqual(values(extract('de', 'Laut Seoul liefert Nordkorea Russland Millionen Granaten.'), 'weapon_supplied'), ['dprk_to_russia:artillery shells']);
  });
});

describe('negation, time spans and sources that are not armies', () => {
  test('"weder Russland noch Nordkorea haben bestätigt" confirms nothing', () => {
    assert.deepEqual(
      values(extract('de', 'Bisher haben weder Russland noch Nordkorea bestätigt, dass Nordkorea Soldaten nach Russland entsandt hat.'), 'official_position'),
      [],
    );
  });
  test('"da circa due settimane" counts weeks, not soldiers', () => {
    assert.deepEqual(extract('it', 'Seul ha confermato che da circa due settimane i soldati nordcoreani sono stati ritirati dal fronte.').filter((c) => c.kind.startsWith('troops')), []);
  });
  test('the adjective of a named source is no other army', () => {
    const claims = extract('en', 'North Korean units suffered heavy losses in Kursk. As many as 30 have been "killed or wounded," Ukrainian military intelligence said.');
    assert.deepEqual(values(claims, 'troops_casualties'), [30]);
  });
});

describe('small groups and other estimates', () => {
  test('two soldiers after a capture are prisoners; three missing soldiers are no deployment', () => {
    const claims = extract('it', 'Le nostre forze hanno catturato militari nordcoreani nella regione di Kursk. Due soldati, sebbene feriti, sono sopravvissuti.');
    assert.deepEqual(values(claims, 'troops_captured'), [2]);
    assert.deepEqual(extract('en', 'At least three North Korean personnel went missing near the village.').filter((c) => c.kind.startsWith('troops')), []);
  });
  test('"estime ce chiffre à environ 1 100" is another estimate of the previous sentence\'s count', () => {
    const claims = extract('fr', 'Zelensky a déclaré que près de 3 000 soldats nord-coréens avaient été tués. Le gouvernement sud-coréen, de son côté, estime ce chiffre à environ 1 100.');
    assert.deepEqual(values(claims, 'troops_killed'), [3000, 1100]);
  });
});

describe('a partitive before a long attributive phrase', () => {
  test('"Etwa 1.000 der im russischen Krieg eingesetzten nordkoreanischen Soldaten sind gefallen"', () => {
    assert.deepEqual(
      values(extract('de', 'Etwa 1.000 der im russischen Krieg gegen die Ukraine eingesetzten nordkoreanischen Soldaten sind laut BBC inzwischen gefallen.'), 'troops_killed'),
      [1000],
    );
    // a mixed count stays mixed
    assert.deepEqual(extract('en', 'About 40,000 Russian and North Korean troops will join the assault.').filter((c) => c.kind.startsWith('troops')), []);
  });
});

describe('generic words are no cues', () => {
  test('"de fausses pièces d\'identité" is no denial; "in Bezug auf die Lieferung" opens no technology', () => {
    assert.deepEqual(
      values(extract('fr', "La Russie a fourni de fausses pièces d'identité aux soldats nord-coréens déployés à Koursk."), 'official_position'),
      [],
    );
    assert.deepEqual(
      values(extract('de', 'In Bezug auf die Lieferung ballistischer Raketen aus Nordkorea an Russland äußerte sich Kiew besorgt.'), 'technology_transfer'),
      [],
    );
  });
});
