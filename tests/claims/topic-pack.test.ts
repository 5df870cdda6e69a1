import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultTopicDir, loadTopicPack, topicPackHash } from '../../src/config/topic-pack.js';
import { lexiconFor } from '../../src/claims/lexicon.js';
import { extractClaims } from '../../src/claims/extract.js';

const dir = defaultTopicDir(process.cwd());

function copyPack(): string {
  const tmp = mkdtempSync(join(tmpdir(), 'pack-'));
  cpSync(dir, tmp, { recursive: true });
  return tmp;
}

describe('topic pack', () => {
  test('the project pack loads with every language and a stable hash', () => {
    const pack = loadTopicPack(dir);
    for (const lang of ['it', 'en', 'de', 'fr', 'es', 'ru', 'uk']) assert.ok(pack.languages[lang], lang);
    assert.match(topicPackHash(pack), /^[0-9a-f]{64}$/);
    assert.equal(topicPackHash(loadTopicPack(dir)), topicPackHash(pack));
  });

  test('every extraction language compiles, raw expressions included, and reads a sentence', () => {
    const pack = loadTopicPack(dir);
    for (const lang of pack.shared.extractionLanguages) {
      assert.doesNotThrow(() => lexiconFor(pack, lang), lang);
      assert.doesNotThrow(() => extractClaims({ title: '', text: 'Kim Jong Un, Putin, 10.000, Kursk, 2024.', language: lang, published: '2025-01-15' }, pack), lang);
    }
  });

  test('defaultTopicDir points at config/topics/dprk-russia', () => {
    assert.equal(defaultTopicDir('/srv/app'), join('/srv/app', 'config', 'topics', 'dprk-russia'));
  });

  test('the hash changes when a lexicon changes', () => {
    const tmp = copyPack();
    try {
      const before = topicPackHash(loadTopicPack(tmp));
      const file = join(tmp, 'it.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('uccisi,', 'uccisi, ammazzati,'));
      assert.notEqual(topicPackHash(loadTopicPack(tmp)), before);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('an invalid field is reported with its file and path', () => {
    const tmp = copyPack();
    try {
      const file = join(tmp, 'fr.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^language: fr$/m, 'language: 42'));
      assert.throws(() => loadTopicPack(tmp), (err: Error) => err.message.includes('fr.yaml') && err.message.includes('language'));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('a missing shared file or language file is named', () => {
    const tmp = copyPack();
    try {
      rmSync(join(tmp, 'es.yaml'));
      assert.throws(() => loadTopicPack(tmp), /es\.yaml/);
      rmSync(join(tmp, 'shared.yaml'));
      assert.throws(() => loadTopicPack(tmp), /shared\.yaml/);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('German, French and Spanish lexicons are their own words, not English copies', () => {
    const pack = loadTopicPack(dir);
    const en = new Set(Object.values(pack.languages.en!.terms).flat().map((t) => t.toLowerCase()));
    for (const lang of ['de', 'fr', 'es']) {
      const terms = Object.values(pack.languages[lang]!.terms).flat();
      const shared = terms.filter((t) => en.has(t.toLowerCase()));
      assert.ok(shared.length / terms.length < 0.1, `${lang}: ${shared.length}/${terms.length} terms are English`);
    }
  });
});
