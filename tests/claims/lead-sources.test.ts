// A news lead states the facts and the next sentences say whose they are (extract.ts LEAD_SOURCE), and Italian
// openers that point back to the sentence before ("Questo il dato fornito da ..."). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, one } from './helpers.js';

test('a lead with no source takes the source the next sentences name', () => {
  const en = extract(
    'en',
    'More than 2,000 North Korean soldiers have been killed in the Kursk region.\n\nThe figures were presented on Tuesday in a closed hearing. The NIS told lawmakers that the losses had slowed since March.',
  );
  assert.equal(one(en, 'troops_killed', 2000).source, 'South Korea NIS');
});

test('a source named later than the lead window attributes nothing back', () => {
  const en = extract(
    'en',
    'More than 2,000 North Korean soldiers have been killed in the Kursk region. The front has barely moved. Winter came early. Roads are closed. Supplies arrive by rail. The NIS told lawmakers that morale was low.',
  );
  assert.equal(one(en, 'troops_killed', 2000).source, undefined);
});

test('once a source has been named, a later unattributed claim does not look ahead', () => {
  const en = extract(
    'en',
    'The NIS said North Korea had sent 11,000 soldiers to Russia. The war goes on. More than 2,000 North Korean soldiers have been killed, the Pentagon said two days later in a separate briefing about the same front.',
  );
  // the 11,000 are the NIS's; the killed are the Pentagon's own sentence
  assert.equal(one(en, 'troops_deployed', 11000).source, 'South Korea NIS');
  assert.equal(one(en, 'troops_killed', 2000).source, 'US Department of Defense');
});

test('"Questo il dato fornito dal ..." attributes the quotation before it', () => {
  const it = extract(
    'it',
    '«Il numero di soldati nordcoreani morti nella regione di Kursk ha superato quota 1.500». Questo il dato fornito dal presidente ucraino Volodymyr Zelensky, che ha parlato ai giornalisti a Kiev.',
  );
  assert.equal(one(it, 'troops_killed', 1500).source, 'Ukraine government');
});

test('"i dati forniti dal" is an attribution cue', () => {
  const it = extract('it', 'Secondo i dati forniti dal ministero della Difesa britannico, almeno 1.000 soldati nordcoreani sono morti.');
  assert.equal(one(it, 'troops_killed', 1000).source, 'UK Ministry of Defence');
  const it2 = extract('it', 'Stando ai dati forniti dal Pentagono, almeno 1.000 soldati nordcoreani sono morti in Russia.');
  assert.equal(one(it2, 'troops_killed', 1000).source, 'US Department of Defense');
});

test('an unknown body that opens the sentence and speaks is the source, as written', () => {
  const en = extract('en', 'The Baltic Monitoring Group reported that about 12,000 North Korean soldiers were stationed in the Kursk region.');
  assert.equal(one(en, 'troops_deployed', 12000).source, 'Baltic Monitoring Group');
  const es = extract('es', 'El Observatorio Báltico de Conflictos afirmó que unos 12.000 soldados norcoreanos están en la región de Kursk.');
  assert.equal(one(es, 'troops_deployed', 12000).source, 'Observatorio Báltico de Conflictos');
});

test('a lone capitalised word opening a sentence is no name, and a known actor wins over a written one', () => {
  const en = extract('en', 'Officials said about 12,000 North Korean soldiers were stationed in the Kursk region.');
  assert.equal(one(en, 'troops_deployed', 12000).source, undefined);
  const known = extract('en', 'The Baltic Monitoring Group reported, citing the NIS, that about 12,000 North Korean soldiers were in Kursk.');
  assert.equal(one(known, 'troops_deployed', 12000).source, 'South Korea NIS');
});

test("Spanish and English name a military spy agency with its country", () => {
  const es = extract('es', 'Pyongyang ha suministrado a Rusia 148 misiles balísticos KN-23, según la agencia de espionaje militar de Ucrania.');
  assert.equal(one(es, 'missiles_supplied', 148).source, 'Ukraine GUR');
  const en = extract('en', "North Korea has sent 148 ballistic missiles to Russia, according to Ukraine's military spy agency.");
  assert.equal(one(en, 'missiles_supplied', 148).source, 'Ukraine GUR');
});

test('what someone "had said" is theirs (pluperfect speech verbs in it, es, fr)', () => {
  const it = extract('it', 'Zelensky aveva detto in precedenza che i soldati nordcoreani morti erano 1.500.');
  assert.equal(one(it, 'troops_killed', 1500).source, 'Ukraine government');
  const es = extract('es', 'Zelensky había dicho que unos 1.500 soldados norcoreanos habían muerto.');
  assert.equal(one(es, 'troops_killed', 1500).source, 'Ukraine government');
  const fr = extract('fr', 'Zelensky avait déclaré que 1 500 soldats nord-coréens avaient été tués.');
  assert.equal(one(fr, 'troops_killed', 1500).source, 'Ukraine government');
});

test('a speaker inside a relative clause speaks about that clause only', () => {
  const it = extract(
    'it',
    'I servizi segreti sudcoreani dicono che migliaia di soldati nordcoreani sono stati dispiegati a Kursk, la regione che poi la Russia aveva detto di avere riconquistato.',
  );
  assert.equal(one(it, 'deployment_location', 'Kursk').source, 'South Korea NIS');
  assert.equal(one(it, 'deployment_location', 'Kursk').status, 'reported');
});

test('"ce que les États-Unis ont confirmé" attributes what comes before it', () => {
  const fr = extract('fr', "La Corée du Nord a envoyé à la Russie des missiles balistiques, ce que le Pentagone a confirmé la semaine dernière.");
  assert.equal(one(fr, 'weapon_supplied', 'ballistic missiles').source, 'US Department of Defense');
});
