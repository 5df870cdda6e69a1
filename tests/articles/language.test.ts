import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../src/articles/language.js';

describe('detectLanguage', () => {
  test('recognises the five extraction languages', () => {
    assert.equal(detectLanguage('La Corea del Nord ha inviato migliaia di soldati in Russia secondo le stime del governo di Seul.'), 'it');
    assert.equal(detectLanguage('North Korea has sent thousands of soldiers to Russia, according to estimates by the government in Seoul.'), 'en');
    assert.equal(detectLanguage('Nordkorea hat nach Schätzungen der Regierung in Seoul Tausende Soldaten nach Russland geschickt.'), 'de');
    assert.equal(detectLanguage('La Corée du Nord a envoyé des milliers de soldats en Russie, selon les estimations du gouvernement de Séoul.'), 'fr');
    assert.equal(detectLanguage('Corea del Norte ha enviado miles de soldados a Rusia, según las estimaciones del Gobierno de Seúl.'), 'es');
  });

  test('Russian and Ukrainian too', () => {
    assert.equal(detectLanguage('Северная Корея отправила тысячи солдат в Россию, сообщили в правительстве.'), 'ru');
    assert.equal(detectLanguage('Північна Корея відправила тисячі солдатів до Росії, повідомили в уряді України.'), 'uk');
  });

  test('too little text falls back to the hint', () => {
    assert.equal(detectLanguage('Kursk', 'de'), 'de');
    assert.equal(detectLanguage('', 'fr-FR'), 'fr');
    assert.equal(detectLanguage('12.000'), 'en');
  });
  test('function words decide an article quoting names and titles of another language', () => {
    const text = 'Corriere della Sera reported that the Ministero della Difesa in Roma has been briefed. The officials said that the ' +
      'troops were sent by Pyongyang and that their number is rising, which the ministry confirmed to the press on Monday.';
    assert.equal(detectLanguage(text, 'it'), 'en');
  });
});
