import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { assessRelevance } from '../../src/articles/relevance.js';
import { defaultTopicDir, loadTopicPack } from '../../src/config/topic-pack.js';

const pack = loadTopicPack(defaultTopicDir(process.cwd()));
const rel = (title: string, text: string, language = 'en') => assessRelevance({ title, text, language }, pack).relevant;

describe('assessRelevance', () => {
  test('North Korea and Russia together with cooperation are relevant, in any language', () => {
    assert.equal(rel('Troops on the move', 'Analysts say North Korea sent more soldiers to Russia. North Korean units were seen in the east.'), true);
    assert.equal(rel('', 'Nordkorea liefert Russland Granaten. Nordkoreanische Soldaten kämpfen in Kursk.', 'de'), true);
    assert.equal(rel('', 'La Corée du Nord envoie des soldats en Russie. Pyongyang dément.', 'fr'), true);
    assert.equal(rel('Северная Корея и Россия', 'КНДР направила войска в Россию.', 'ru'), true);
  });

  test('the war without a North Korean role is not relevant', () => {
    assert.equal(rel('Drones hit Kharkiv', 'Russian drones struck Kharkiv overnight, killing three people. Ukraine said Russia launched 120 drones.'), false);
  });

  test('North Korea without Russia is not relevant', () => {
    assert.equal(rel('Missile test', 'North Korea fired a ballistic missile into the sea, Seoul said. Pyongyang has tested many missiles this year.'), false);
  });

  test('a passing mention in a list is not enough', () => {
    assert.equal(rel('Sanctions', 'The list covers Iran, Russia, North Korea and Venezuela among others. Shipping firms must comply.'), false);
  });

  test('reasons say why', () => {
    const r = assessRelevance({ title: 'North Korea sends troops to Russia', text: 'Nothing else here.', language: 'en' }, pack);
    assert.equal(r.relevant, true);
    assert.ok(r.reasons[0]?.startsWith('title:'));
  });
});

describe('countries named in neighbouring sentences', () => {
  test('an interview answer that names Russia and the troops next to a North Korean sentence is relevant', () => {
    const text = [
      'How many of them are there now?',
      'Our estimate for North Korea is higher than a year ago.',
      'We think about 12,000 of its soldiers are in Russia today, most of them near Kursk.',
      'North Korea has not answered our questions.',
    ].join(' ');
    assert.equal(assessRelevance({ title: 'Interview with an analyst', text, language: 'en' }, pack).relevant, true);
  });
  test('North Korea and Russia far apart in an article about other things stay irrelevant', () => {
    const text = [
      'North Korea tested a cruise missile on Monday, its state media said.',
      'The launch came days after joint drills by South Korea and the United States.',
      'Separately, European ministers discussed energy prices and the winter.',
      'In Russia, the central bank raised interest rates again to fight inflation.',
      'North Korea is expected to hold a party meeting later this month.',
    ].join(' ');
    assert.equal(assessRelevance({ title: 'Asia briefing', text, language: 'en' }, pack).relevant, false);
  });
});
