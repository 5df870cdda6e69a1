// deployment_location: a place before a locative relative whose clause holds North Korean soldiers, and a carried
// subject that another country named after the place does not break (locations.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, values } from './helpers.js';

test('a place right before "where" North Korean soldiers are is where they are', () => {
  assert.deepEqual(values(extract('en', 'Russia is massing armour near Kursk, where about 11,000 North Korean soldiers are fighting.'), 'deployment_location'), ['Kursk']);
  assert.deepEqual(values(extract('it', 'Mosca schiera nuovi blindati nella regione di Kursk, dove combattono anche 11.000 soldati nordcoreani.'), 'deployment_location'), ['Kursk']);
  assert.deepEqual(values(extract('es', 'Rusia refuerza sus líneas en Kursk, donde combaten unos 11.000 soldados norcoreanos.'), 'deployment_location'), ['Kursk']);
});

test('"where" with no North Korean personnel after it says nothing about them', () => {
  assert.deepEqual(values(extract('en', 'North Korea sent shells to Russia, which fired them near Kursk, where Ukrainian soldiers are dug in.'), 'deployment_location'), []);
});

test('a carried subject holds when another country is named only after the place', () => {
  const it = extract('it', 'Migliaia di soldati nordcoreani sono arrivati in Russia. Sono stati dispiegati soprattutto a Kursk, la regione che l’Ucraina aveva occupato in estate.');
  assert.deepEqual(values(it, 'deployment_location'), ['Kursk']);
});

test('another army before the place is the subject, not the North Koreans of the sentence before', () => {
  const en = extract('en', 'Thousands of North Korean soldiers arrived in Russia. Ukrainian troops were then deployed to Kursk.');
  assert.deepEqual(values(en, 'deployment_location'), []);
});
