// Sources named as an institution and its country, speakers that are places or contents, and outlets that only
// relay (context.ts actorMentions, attribution.ts). One sentence per rule, written for these tests.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { extract, one } from './helpers.js';

const src = (lang: string, text: string, kind: string, value?: string | number) => one(extract(lang, text), kind, value).source;

describe('an institution with its country is an actor', () => {
  test('the country after the institution, behind small link words', () => {
    assert.equal(src('es', 'La inteligencia de Seúl dijo que Pyongyang ha enviado a Moscú más de un millón de proyectiles.', 'munitions_supplied'), 'South Korea NIS');
    assert.equal(src('it', "Secondo la principale agenzia d'intelligence della Corea del Sud, circa 2mila soldati nordcoreani sono stati uccisi.", 'troops_killed'), 'South Korea NIS');
    assert.equal(src('fr', 'Selon les services de renseignement de Séoul, 1 500 soldats nord-coréens sont arrivés en Russie.', 'troops_deployed'), 'South Korea NIS');
  });

  test('the country before the institution, as an adjective', () => {
    assert.equal(src('en', 'About 30 North Korean soldiers were killed or wounded, Ukrainian military intelligence said.', 'troops_casualties'), 'Ukraine GUR');
    assert.equal(src('de', 'Nach Angaben des südkoreanischen Geheimdienstes hat Nordkorea 3.000 weitere Soldaten nach Russland geschickt.', 'troops_additional'), 'South Korea NIS');
  });

  test('one country qualifies one institution: the closer pair wins', () => {
    assert.equal(src('en', 'An official of Ukrainian military intelligence said 12,000 North Korean soldiers are in Kursk.', 'troops_deployed'), 'Ukraine GUR');
  });

  test('a pair the shared table does not know names no one', () => {
    // Russian intelligence has no canonical actor: the sentence keeps no Russian source
    const claim = one(extract('en', 'Russian intelligence said 12,000 North Korean soldiers are in Kursk.'), 'troops_deployed');
    assert.notEqual(claim.source, 'Kremlin');
  });
});

describe('who speaks next to a speech verb', () => {
  test('a place after a preposition is where it was said', () => {
    assert.equal(
      src('es', 'El Servicio Nacional de Inteligencia de Corea del Sur dijo a los diputados en Seúl que unos 300 soldados norcoreanos han muerto.', 'troops_killed'),
      'South Korea NIS',
    );
  });

  test('after the verb and its "that" comes what was said', () => {
    assert.equal(
      src('en', 'The National Intelligence Service stated that the North Korean regime had decided to send 12,000 troops to Russia.', 'troops_deployed'),
      'South Korea NIS',
    );
  });
});

describe('outlets relay', () => {
  test('the outlet only when no one else is named', () => {
    assert.equal(src('en', "South Korea's spy agency said 11,000 North Korean soldiers are in Kursk, Yonhap reported.", 'troops_deployed'), 'South Korea NIS');
    assert.equal(src('en', 'According to Reuters, the Pentagon said 10,000 North Korean troops are in Russia.', 'troops_deployed'), 'US Department of Defense');
  });

  test('a known outlet that is the origin keeps its canonical name', () => {
    assert.equal(src('it', 'La Corea del Nord ha inviato alla Russia almeno 50 obici semoventi, scrive il Financial Times.', 'weapon_supplied'), 'Financial Times');
  });
});

describe('the institutions table is checked', () => {
  test('a pair naming no known actor is a clear error when the lexicon is built', async () => {
    const { pack } = await import('./helpers.js');
    const { lexiconFor } = await import('../../src/claims/lexicon.js');
    const p = pack();
    const broken = { ...p, shared: { ...p.shared, institutions: { intelligence: { south_korea: 'Nobody In Particular' } } } };
    assert.throws(() => lexiconFor(broken, 'en'), /institutions\.intelligence\.south_korea names "Nobody In Particular"/);
  });
});

describe('positions: a confirmed clause about North Koreans is the deployment', () => {
  test('a Russian ministry confirms North Korean deminers at work', () => {
    const claims = extract('de', 'Das russische Verteidigungsministerium hat im vergangenen Monat bestätigt, dass in der Region Kursk nordkoreanische Minenräumer arbeiten.');
    assert.equal(one(claims, 'official_position', 'russia_confirms_deployment').status, 'confirmed');
  });

  test('Seoul confirming it takes no Russian or North Korean position', () => {
    const claims = extract('en', 'Seoul confirmed that North Korean soldiers are fighting in the Kursk region.');
    assert.equal(claims.filter((c) => c.kind === 'official_position').length, 0);
  });
});

describe("North Korea's leaders named alone", () => {
  test('"Kim" as the subject marks North Korean soldiers; a South Korean Kim does not', async () => {
    const { values } = await import('./helpers.js');
    assert.deepEqual(values(extract('it', 'Kim ha inviato 11.000 soldati in Russia.'), 'troops_deployed'), [11000]);
    assert.deepEqual(values(extract('en', 'South Korean Defense Minister Kim Yong-hyun said 3,000 soldiers had been put on alert.'), 'troops_deployed'), []);
  });
});

describe('the next sentence names the source', () => {
  test('a longer sentence that opens with its source still only attributes', () => {
    const text = "La Corea del Nord ha inviato alla Russia almeno 20 lanciarazzi multipli. Lo scrive il Financial Times, riferendosi ai dati dell'intelligence ucraina che il giornale ha potuto consultare.";
    assert.equal(one(extract('it', text), 'weapon_supplied').source, 'Financial Times');
  });
});

describe('Korean names and past-tense speech', () => {
  test("a Korean official's family name comes first: \"Shin Wonsik\" speaks later as \"Shin\"", () => {
    const text = 'El ministro de Defensa de Corea del Sur, Shin Wonsik, habló con la prensa el martes. A cambio, Rusia proporciona a Corea del Norte alimentos, según Shin.';
    assert.equal(one(extract('es', text), 'resources_supplied').source, 'South Korea government');
  });

  test('the imperfect of a speech verb attributes too', () => {
    const it = extract('it', 'Il presidente ucraino Volodymyr Zelensky spiegava che Pyongyang aveva fornito a Mosca missili balistici.');
    assert.equal(one(it, 'weapon_supplied').source, 'Ukraine government');
  });
});

describe('a place after "of" qualifies a noun', () => {
  test('"un soldado de Corea del Norte dijo" is a soldier speaking, not Pyongyang', () => {
    const claim = one(extract('es', 'Un joven soldado de Corea del Norte dijo que 11.000 soldados norcoreanos fueron enviados a Rusia.'), 'troops_deployed');
    assert.notEqual(claim.source, 'DPRK government');
    assert.notEqual(claim.status, 'confirmed');
  });
});

describe('a place after a cue is no stronger than a body that speaks', () => {
  test('the nearer wins: "..., Ukrainian military intelligence said, ... reported by Ukraine"', () => {
    const text = 'As many as 30 North Korean soldiers have been killed or wounded, Ukrainian military intelligence said, among the heaviest losses yet reported by Ukraine.';
    assert.equal(one(extract('en', text), 'troops_casualties').source, 'Ukraine GUR');
  });
});

describe('an institution named alone is the one of that role named last', () => {
  test('the intelligence of an earlier paragraph speaks again when a cue names the role alone', () => {
    const text =
      "Gli 007 di Seul hanno un nuovo direttore da gennaio.\n\nSecondo l'intelligence, Pyongyang ha inviato altri 3mila soldati in Russia.";
    assert.equal(src('it', text, 'troops_additional'), 'South Korea NIS');
    // the first sentence says nothing (no running source): only the role can carry the agency
    const en = "Seoul's spy agency has a new director.\n\nAccording to the intelligence agency, North Korea has sent 1,000 more troops to Russia.";
    assert.equal(src('en', en, 'troops_additional'), 'South Korea NIS');
  });

  test('a role alone with no earlier institution of that role names no one', () => {
    assert.equal(src('en', 'According to intelligence estimates, North Korea has sent 1,000 more troops to Russia.', 'troops_additional'), undefined);
  });

  test('a generic role alone (officials, the government) stays anyone\'s', () => {
    const text = 'South Korean officials have a new office.\n\nAccording to officials, North Korea has sent 1,000 more troops to Russia.';
    assert.notEqual(src('en', text, 'troops_additional'), 'South Korea government');
  });

  test('a role with a country the table does not pair is not the earlier institution', () => {
    const text = "Seoul's spy agency has a new director.\n\nAccording to Russian intelligence, North Korea has sent 1,000 more troops.";
    assert.notEqual(src('en', text, 'troops_additional'), 'South Korea NIS');
  });
});

describe('who released what the sentence shows is its source', () => {
  test('images or footage "released by" / "diffuse dal" / "publicadas por" / "publiées par" an institution', () => {
    assert.equal(src('en', "New images released by Russia's defense ministry show North Korean troops clearing mines in the Kursk region.", 'deployment_location'), 'Kremlin');
    assert.equal(src('it', 'Le immagini diffuse dal ministero della Difesa russo mostrano soldati nordcoreani nella regione di Kursk.', 'deployment_location'), 'Kremlin');
    assert.equal(src('es', 'Las imágenes publicadas por el Ministerio de Defensa ruso muestran a soldados norcoreanos en la región de Kursk.', 'deployment_location'), 'Kremlin');
    assert.equal(src('fr', 'Des images diffusées par le ministère russe de la Défense montrent des soldats nord-coréens dans la région de Koursk.', 'deployment_location'), 'Kremlin');
  });
});

describe('a sentence that points back says who said the one before', () => {
  test('"Así lo anunció Shoigú, ... tras su encuentro con el líder norcoreano" attributes the previous sentence', () => {
    const text =
      'Corea del Norte enviará 5.000 trabajadores de la construcción a Rusia. Así lo anunció este martes Serguéi Shoigú, secretario del Consejo de Seguridad de Rusia, tras su encuentro con el líder norcoreano Kim Jong-un en Pyongyang.';
    assert.equal(src('es', text, 'workers_sent', 5000), 'Kremlin');
  });

  test('without the pointing opener, a long sentence about North Korea is its own', () => {
    const text =
      'Corea del Norte enviará 5.000 trabajadores de la construcción a Rusia. Este martes Serguéi Shoigú, secretario del Consejo de Seguridad de Rusia, se reunió con el líder norcoreano Kim Jong-un en Pyongyang para hablar de la guerra.';
    assert.notEqual(src('es', text, 'workers_sent', 5000), 'Kremlin');
  });
});

describe('"the agency said" a paragraph or two later is the agency named last', () => {
  test('the source named in an earlier paragraph speaks again through "the agency"', () => {
    const text =
      "South Korea's National Intelligence Service said on Monday that North Korea has sent 3,000 more soldiers to Russia.\n\nThe agency told lawmakers that the new troops arrived by ship in Vladivostok.\n\nAccording to the intelligence service, North Korea has also shipped more than 20,000 containers of shells to Russia.\n\nIn return, Moscow is believed to be providing air defense systems to Pyongyang, the agency said.\n\nThe Kremlin did not comment on the report.";
    assert.equal(src('en', text, 'weapon_supplied', 'air defense systems'), 'South Korea NIS');
  });

  test('who did not comment says nothing: a next sentence of refusal attributes nothing', () => {
    const text = 'North Korea has sent 3,000 more soldiers to Russia.\n\nThe Kremlin did not comment on the report.';
    assert.notEqual(src('en', text, 'troops_additional', 3000), 'Kremlin');
  });
});
