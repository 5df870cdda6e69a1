// Phenomena that generalise across articles: continuation from the previous sentence, missiles by their maker,
// recipients before a final verb, denials in a speaker's words, treaty named by its date. Sentences written for
// these tests.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, one, values } from './helpers.js';

describe('troop batches and totals', () => {
  test('"more" before the noun marks a new batch', () => {
    const claims = extract('en', 'North Korea has sent about 3,000 more soldiers to Russia.');
    assert.deepEqual(values(claims, 'troops_additional'), [3000]);
    assert.deepEqual(values(claims, 'troops_deployed'), []);
  });

  test('a further batch after a sentence about North Korean troops', () => {
    const claims = extract('en', 'Some 12,000 North Korean soldiers are in Russia. A further 2,000 troops could follow in spring, officials said.');
    assert.deepEqual(values(claims, 'troops_additional'), [2000]);
  });

  test('a unit of N leaving is a batch', () => {
    assert.deepEqual(values(extract('en', 'Kim Jong Un saw off a unit of 800 North Korean soldiers leaving for Russia.'), 'troops_additional'), [800]);
  });

  test('a batch marker on the figure outweighs an earlier total', () => {
    const claims = extract('it', 'In totale Pyongyang ha inviato 14mila soldati, compresi i duemila di rinforzo arrivati a marzo.');
    assert.deepEqual(values(claims, 'troops_additional'), [2000]);
    assert.deepEqual(values(claims, 'troops_deployed'), [14000]);
  });

  test('a total whose noun comes first', () => {
    assert.deepEqual(values(extract('en', 'North Korean troops still in Russia are estimated at about 9,000.'), 'troops_deployed'), [9000]);
    assert.deepEqual(values(extract('it', 'I soldati nordcoreani presenti in Russia restano circa 9.000.'), 'troops_deployed'), [9000]);
  });

  test('a loss noun counts only right after its figure', () => {
    const claims = extract('en', 'North Korea could send 2,000 more troops over the next three weeks to replace its losses.');
    assert.deepEqual(values(claims, 'troops_casualties'), []);
  });

  test('a numbered unit is a name, not a count', () => {
    const text = 'North Korean soldiers were seen near the border. Officers of Brigade No. 47 of the Ukrainian army reported it.';
    assert.deepEqual(values(extract('en', text), 'troops_deployed'), []);
  });
});

describe('supplies', () => {
  test('missile counts with a North Korean-made system or a supply to Russia', () => {
    assert.deepEqual(values(extract('en', 'Investigators found some 90 ballistic missiles of the KN-23 type.'), 'missiles_supplied'), ['dprk_to_russia:90']);
    assert.deepEqual(values(extract('en', 'Roughly 60 ballistic missiles, all KN-24, were shipped to Russia.'), 'missiles_supplied'), ['dprk_to_russia:60']);
    assert.deepEqual(values(extract('en', 'Russia fired 40 ballistic missiles at Kyiv overnight.'), 'missiles_supplied'), []);
  });

  test('a named system maps to its class and keeps its maker', () => {
    assert.deepEqual(values(extract('en', 'Dozens of Koksan guns were spotted on trains near the front.'), 'weapon_supplied'), ['dprk_to_russia:self-propelled howitzers']);
  });

  test('a destination before a final verb is the recipient', () => {
    const claims = extract('de', 'Experten schätzen, dass Nordkorea bisher rund vier Millionen Artilleriegranaten an Russland geliefert hat.');
    assert.deepEqual(values(claims, 'munitions_supplied'), ['dprk_to_russia:4000000']);
  });

  test('an origin after "from"', () => {
    const it = extract('it', 'Al fronte sono comparsi lanciarazzi multipli provenienti dalla Corea del Nord.');
    assert.deepEqual(values(it, 'weapon_supplied'), ['dprk_to_russia:multiple rocket launchers']);
  });

  test('sharing know-how with Pyongyang runs from Moscow', () => {
    const claims = extract('en', 'Moscow might share missile know-how with Pyongyang, analysts warned.');
    assert.deepEqual(values(claims, 'technology_transfer'), ['russia_to_dprk:missile technology']);
  });

  test('items continuing the previous sentence\'s supply', () => {
    const text = 'North Korea has shipped KN-23 missiles to Russia. They have also sent howitzers and rocket launchers.';
    const weapons = values(extract('en', text), 'weapon_supplied');
    assert.ok(weapons.includes('dprk_to_russia:self-propelled howitzers'));
    assert.ok(weapons.includes('dprk_to_russia:multiple rocket launchers'));
  });

  test('an answer listing what a party gets', () => {
    const text = 'Q: What does Pyongyang receive in return?\nA: Food, fuel and cash, mostly.';
    const res = values(extract('en', text), 'resources_supplied');
    assert.deepEqual(res.sort(), ['russia_to_dprk:food', 'russia_to_dprk:money', 'russia_to_dprk:oil']);
    const it = values(extract('it', 'Che cosa ottiene Pyongyang?\nPetrolio, cereali e valuta pregiata.'), 'resources_supplied');
    assert.deepEqual(it.sort(), ['russia_to_dprk:food', 'russia_to_dprk:money', 'russia_to_dprk:oil']);
  });

  test('a specific technology leaves out the generic one', () => {
    const claims = extract('it', 'La Russia avrebbe trasferito alla Corea del Nord tecnologia per i sottomarini.');
    assert.deepEqual(values(claims, 'technology_transfer'), ['russia_to_dprk:submarine technology']);
  });
});

describe('places after a sentence about the troops', () => {
  test('their movements in the next sentence', () => {
    const text = 'About 2,000 North Korean soldiers left Wonsan this month. The soldiers were shipped to Vladivostok and moved on to Khabarovsk.';
    const places = values(extract('en', text), 'deployment_location');
    assert.ok(places.includes('Vladivostok') && places.includes('Khabarovsk'), JSON.stringify(places));
  });

  test('exonyms of other languages are shared names', () => {
    const text = 'Nordkoreanische Soldaten sind in Russland. Die Soldaten wurden nach Wladiwostok gebracht.';
    assert.ok(values(extract('de', text), 'deployment_location').includes('Vladivostok'));
  });
});

describe('official positions', () => {
  test('a denial noun in the words of a Kremlin speaker', () => {
    const claims = extract('en', '"Reports of North Korean soldiers in Kursk are pure fabrications," Dmitry Peskov told journalists.');
    assert.equal(one(claims, 'official_position', 'russia_denies_deployment').status, 'denied');
  });

  test('state media stating the deployment, and "the agency" in the next sentence', () => {
    const text = 'Kim Jong Un met the returning officers, KCNA reported. The agency said North Korean units had been deployed to Russia under the treaty.';
    const c = one(extract('en', text), 'official_position', 'dprk_confirms_deployment');
    assert.equal(c.status, 'confirmed');
  });

  test('a party that fears the dispatch does not confirm it', () => {
    const text = "Il rischio dell'invio di soldati nordcoreani preoccupa le élite di Pyongyang, che temono ricadute.";
    assert.deepEqual(values(extract('it', text), 'official_position'), []);
  });
});

describe('treaty', () => {
  test('signing a ratification law is not the signature', () => {
    const claims = extract('en', 'Putin signed a law ratifying the partnership treaty with North Korea in November.');
    assert.deepEqual(values(claims, 'treaty_event'), ['ratified_russia']);
  });

  test('the treaty named by its date was signed then', () => {
    const c = one(extract('en', 'Moscow says its help to Pyongyang follows the treaty of June 2024.'), 'treaty_event', 'signed');
    assert.equal(c.date, '2024-06');
  });
});

describe('visits and sources', () => {
  test('an Italian visit with "recarsi"', () => {
    const c = one(extract('it', 'Kim Jong-un potrebbe recarsi a Mosca in autunno.'), 'official_visit', 'kim_to_russia');
    assert.equal(c.status, 'possible');
  });

  test('Ukraine GUR by its short names', () => {
    const c = one(extract('it', 'Il Gur sostiene che 3.000 soldati nordcoreani sono arrivati a Kursk.'), 'troops_deployed', 3000);
    assert.equal(c.source, 'Ukraine GUR');
  });
});

describe('more readings', () => {
  test('a model number is no count', () => {
    const claims = extract('en', 'Russia kept firing North Korean KN-23 ballistic missiles supplied by Pyongyang.');
    assert.deepEqual(values(claims, 'missiles_supplied'), []);
  });

  test('weapons listed with a North Korean-made system share its flow', () => {
    const claims = extract('en', 'Satellite images show Koksan guns and rocket launchers near the front line.');
    assert.ok(values(claims, 'weapon_supplied').includes('dprk_to_russia:multiple rocket launchers'));
  });

  test('a Russian adjective alone does not make a weapon a supply', () => {
    const claims = extract('en', 'Up to a third of the Russian shells fired near Kursk now come from North Korea.');
    assert.ok(!values(claims, 'weapon_supplied').includes('russia_to_dprk:artillery shells'));
  });

  test('a receiver written right after the verb', () => {
    const claims = extract('de', 'Im Gegenzug erhält Pjöngjang Luftabwehrsysteme und Öl.');
    assert.ok(values(claims, 'resources_supplied').every((v) => String(v).startsWith('russia_to_dprk')));
  });

  test('a running total of the same munitions', () => {
    const claims = extract('en', 'North Korea shipped 800,000 shells to Russia this spring, bringing the total to more than 5 million.');
    assert.deepEqual(values(claims, 'munitions_supplied').sort(), ['dprk_to_russia:5000000', 'dprk_to_russia:800000']);
  });

  test('a year after a season is a date, not a count', () => {
    const claims = extract('en', 'Roughly 14,000 North Korean soldiers have rotated through Russia since autumn 2024.');
    assert.deepEqual(values(claims, 'troops_deployed'), [14000]);
  });

  test('the thread of North Korean troops survives a sentence about no soldiers', () => {
    const text = 'About 5,000 North Korean soldiers have arrived in Russia. The figure could double by winter.\n\nThe soldiers were taken to Khabarovsk for training.';
    assert.ok(values(extract('en', text), 'deployment_location').includes('Khabarovsk'));
  });
});

describe('interviews', () => {
  test('answers without a named source are the interviewee\'s, named in the lead', () => {
    const text = [
      'A senior official of Ukrainian military intelligence took our questions by video link.',
      '',
      'Q: How many North Korean soldiers are in Russia?',
      'A: "More than 13,000 North Korean soldiers, most of them in Kursk."',
      '',
      'Q: Will Pyongyang send more?',
      'A: "Probably. Some 4,000 more soldiers could follow by summer."',
    ].join('\n');
    const claims = extract('en', text);
    assert.equal(one(claims, 'troops_deployed', 13000).source, 'Ukraine GUR');
    assert.equal(one(claims, 'troops_additional', 4000).source, 'Ukraine GUR');
  });

  test('an ordinary report is no interview', () => {
    const text = 'NATO chief Mark Rutte met ministers on Monday.\n\nSome 12,000 North Korean soldiers are in Russia, an analyst wrote.';
    assert.notEqual(one(extract('en', text), 'troops_deployed', 12000).source, 'NATO');
  });
});

describe('a North Korean subject further back', () => {
  test('the country as subject, the source\'s adjective in between', () => {
    const text = 'North Korea has, according to South Korean intelligence, moved some 4,000 soldiers to Russia.\n\nThe soldiers were then taken to Ussuriysk.';
    const claims = extract('en', text);
    assert.deepEqual(values(claims, 'troops_deployed'), [4000]);
    assert.ok(values(claims, 'deployment_location').includes('Ussuriysk'));
  });

  test('another country between subject and soldiers breaks the tie', () => {
    const text = 'North Korea, whose ally Russia has in recent months moved 50,000 soldiers, watched.\n\nThe soldiers were taken to Bryansk.';
    assert.deepEqual(values(extract('en', text), 'deployment_location'), []);
  });
});

describe('questions attribute nothing', () => {
  test('an interviewer\'s question after a claim is not its source', () => {
    const text = 'We believe Russia has already delivered fighter jets to North Korea. And what does Moscow say?';
    const c = one(extract('en', text), 'weapon_supplied', 'fighter jets');
    assert.notEqual(c.source, 'Kremlin');
    assert.notEqual(c.status, 'confirmed');
  });
});

describe('a place after a preposition does not speak', () => {
  test('"in Russia is estimated" has no Kremlin source', () => {
    const c = one(extract('en', 'The North Korean contingent in Russia is estimated at about 9,500.'), 'troops_deployed', 9500);
    assert.equal(c.source, undefined);
    assert.equal(c.status, 'reported');
    assert.equal(one(extract('en', 'Seoul said 9,500 North Korean soldiers are in Russia.'), 'troops_deployed').source, 'South Korea government');
  });
});

describe('another army between figure and noun', () => {
  test('after a sentence about North Korean troops, "500,000 Russian soldiers" stay Russian', () => {
    const text = 'About 11,000 North Korean soldiers are in Russia. More than 500,000 Russian soldiers fight in Ukraine.';
    assert.deepEqual(values(extract('en', text), 'troops_deployed'), [11000]);
  });
});
