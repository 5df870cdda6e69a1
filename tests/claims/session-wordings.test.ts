// Wordings the press uses that the extractor read wrongly or not at all: a subject carried from the sentence before
// into a count written after its noun, and lexicon entries (treaty verbs, electronic warfare, self-propelled guns).
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, one, values } from './helpers.js';

test('soldiers counted after their noun are the North Koreans of the sentence before', () => {
  const it = extract('it', 'I soldati nordcoreani combattono a Kursk da novembre. Kiev aveva detto che i soldati morti e feriti erano complessivamente 4mila.');
  assert.deepEqual(values(it, 'troops_casualties'), [4000]);
  const en = extract('en', 'North Korean soldiers have fought in Kursk since November. Kyiv said the soldiers killed and wounded were about 4,000.');
  assert.deepEqual(values(en, 'troops_casualties'), [4000]);
});

test('a carried subject gives way to another army or country named in the sentence', () => {
  const it = extract('it', 'I soldati nordcoreani combattono a Kursk da novembre. I soldati russi morti erano 4mila.');
  assert.deepEqual(values(it, 'troops_killed'), []);
  const en = extract('en', 'North Korean soldiers have fought in Kursk since November. The Ukrainian soldiers killed there were 400.');
  assert.deepEqual(values(en, 'troops_killed'), []);
});

test('without North Korean soldiers in the sentence before, a bare count of soldiers is nobody\'s', () => {
  const en = extract('en', 'The war has gone on for three years. The soldiers killed were about 4,000.');
  assert.deepEqual(values(en, 'troops_killed'), []);
});

test('an inflected participle of the treaty verb: "ein 2024 geschlossener Pakt", "el acuerdo que firmamos"', () => {
  assert.deepEqual(values(extract('de', 'Beide Länder sind durch einen 2024 geschlossenen gegenseitigen Verteidigungspakt verbunden, Nordkorea und Russland.'), 'treaty_event'), ['signed']);
  assert.deepEqual(values(extract('es', 'Peskov dijo que Rusia sigue comprometida con Corea del Norte y con el tratado de asociación estratégica que firmamos.'), 'treaty_event'), ['signed']);
});

test('radio-electronic warfare is electronic warfare equipment', () => {
  const es = extract('es', 'A cambio Rusia proveyó a Corea del Norte de sistemas de lucha radioelectrónica.');
  assert.deepEqual(values(es, 'weapon_supplied'), ['russia_to_dprk:electronic warfare equipment']);
  const fr = extract('fr', 'En échange, la Russie a fourni à la Corée du Nord du matériel de guerre radioélectronique.');
  assert.deepEqual(values(fr, 'weapon_supplied'), ['russia_to_dprk:electronic warfare equipment']);
});

test('self-propelled artillery systems and the M-1989 gun are self-propelled howitzers from North Korea', () => {
  const es = extract('es', 'Rusia ha recibido de Corea del Norte sistemas de artillería autopropulsados M-1989 de 170 milímetros.');
  assert.deepEqual(values(es, 'weapon_supplied'), ['dprk_to_russia:self-propelled howitzers']);
});

test('past and plural forms of the supply and receive verbs', () => {
  assert.deepEqual(values(extract('es', 'A cambio Rusia proveyó a Corea del Norte de sistemas antiaéreos.'), 'weapon_supplied'), ['russia_to_dprk:air defense systems']);
  // without the verb, a weapon goes the default way (North Korea to Russia)
  assert.deepEqual(values(extract('it', 'Secondo Kiev, la Corea del Nord ricevette dalla Russia sistemi antiaerei.'), 'weapon_supplied'), ['russia_to_dprk:air defense systems']);
  assert.deepEqual(values(extract('fr', 'Selon Kiev, la Russie livrait à la Corée du Nord des systèmes antiaériens.'), 'weapon_supplied'), ['russia_to_dprk:air defense systems']);
});

test('a North Korean weapon fired by Russia was supplied to it', () => {
  assert.deepEqual(values(extract('en', 'The White House said Russia had struck Ukraine with North Korean ballistic missiles on 30 December.'), 'weapon_supplied'), ['dprk_to_russia:ballistic missiles']);
  assert.deepEqual(values(extract('it', 'Le forze russe hanno lanciato missili balistici nordcoreani contro Kiev.'), 'weapon_supplied'), ['dprk_to_russia:ballistic missiles']);
});

test('North Korea firing its own missiles, or Russia only named, is no supply', () => {
  assert.deepEqual(values(extract('en', 'North Korea fired ballistic missiles into the sea on Monday, a day after Russia\'s foreign minister left.'), 'weapon_supplied'), []);
  assert.deepEqual(values(extract('en', 'The North Korean missiles fired at Japan drew protests from Russia and China.'), 'weapon_supplied'), []);
});

test('German items in the genitive and dative plural', () => {
  assert.deepEqual(values(extract('de', 'Der Transfer ballistischer Raketen aus Nordkorea nach Russland stärkt die Wirtschaft Nordkoreas.'), 'weapon_supplied'), ['dprk_to_russia:ballistic missiles']);
  assert.deepEqual(values(extract('de', 'Im Gegenzug versorgt Russland Nordkorea mit Nahrungsmitteln und Geldern.'), 'resources_supplied'), ['russia_to_dprk:food', 'russia_to_dprk:money']);
});

test('a hosting verb between officials of the two countries: the guest visited the host', () => {
  assert.deepEqual(values(extract('en', 'Putin hosted Kim Jong Un at the Vostochny cosmodrome in September 2023.'), 'official_visit'), ['kim_to_russia']);
  assert.deepEqual(values(extract('fr', 'Neuf mois plus tôt, Poutine a accueilli Kim Jong Un dans l\'Extrême-Orient russe.'), 'official_visit'), ['kim_to_russia']);
  assert.deepEqual(values(extract('es', 'Kim Jong-un recibió a Serguéi Shoigú el martes.'), 'official_visit'), ['shoigu_to_dprk']);
  assert.deepEqual(values(extract('de', 'Kim empfing Lawrow am Freitag.'), 'official_visit'), ['lavrov_to_dprk']);
});

test('a hosting verb needs two officials of different countries', () => {
  assert.deepEqual(values(extract('en', 'Putin received shells from North Korea, officials said.'), 'official_visit'), []);
  assert.deepEqual(values(extract('en', 'Putin hosted Lavrov and Shoigu at the Kremlin to discuss North Korea.'), 'official_visit'), []);
});

test('a transitive verb of killing or wounding right before the figure says what happened to them', () => {
  const en = extract('en', 'Ukrainian special forces said they had killed 50 North Korean soldiers and wounded 47 others in three days.');
  assert.deepEqual([values(en, 'troops_killed'), values(en, 'troops_wounded')], [[50], [47]]);
  const it = extract('it', 'Le forze speciali ucraine hanno annunciato di aver ucciso 50 soldati nordcoreani e di averne feriti altri 47.');
  assert.deepEqual([values(it, 'troops_killed'), values(it, 'troops_wounded')], [[50], [47]]);
  const es = extract('es', 'Las fuerzas ucranianas afirmaron haber matado a 50 soldados norcoreanos y herido a otros 47.');
  assert.deepEqual([values(es, 'troops_killed'), values(es, 'troops_wounded')], [[50], [47]]);
});

test('"killed and thousands wounded": the wounded have a count of their own, the figure counts the dead', () => {
  const it = extract('it', 'Fonti di Seul stimano che circa 600 militari nordcoreani siano stati uccisi e migliaia feriti.');
  assert.deepEqual([values(it, 'troops_killed'), values(it, 'troops_casualties')], [[600], []]);
  const en = extract('en', 'Seoul said about 600 North Korean soldiers were killed and wounded.');
  assert.deepEqual(values(en, 'troops_casualties'), [600]);
});

test('Western intelligence is a source of its own, in every language', () => {
  assert.equal(extract('it', 'Secondo le stime occidentali, almeno 10.000 soldati nordcoreani sono stati dispiegati a Kursk.')[0]?.source, 'Western intelligence');
  assert.equal(extract('de', 'Russland setzt nordkoreanische Raketen vom Typ KN-23 ein, wie westliche Geheimdienste vermuten.')[0]?.source, 'Western intelligence');
  assert.equal(extract('en', 'Western intelligence agencies say North Korea has sent 11,000 troops to Russia.')[0]?.source, 'Western intelligence');
});

test('"The U.S. Department of Defense said" is the Pentagon, not the country', () => {
  assert.equal(extract('en', 'The U.S. Department of Defense said Monday that North Korea has sent about 10,000 troops to Russia.')[0]?.source, 'US Department of Defense');
  assert.equal(extract('en', 'The U.S. Defense Department said Monday that North Korea has sent about 10,000 troops to Russia.')[0]?.source, 'US Department of Defense');
});

test('John Kirby speaks for the White House (its national security spokesman in the years the topic covers)', () => {
  assert.equal(extract('en', 'White House spokesman John Kirby said North Korea had sent about 10,000 troops to Russia.')[0]?.source, 'White House');
});

test('a preposition or a date opening a sentence is no speaker\'s name ("Im Juni erklärte ...")', () => {
  const de = extract('de', 'Im Juni erklärte die Zeitung, dass Nordkorea weitere 6.000 Soldaten nach Russland schicken werde.');
  assert.equal(de[0]?.source, undefined);
});

test('a place name after a speech verb that tags the sentence speaks (", schätzt Seoul"); one before a comma does not', () => {
  const de = extract('de', 'Eine Million Granaten hat Russland erhalten, schätzt Seoul.');
  assert.deepEqual(de.map((c) => c.source), ['South Korea government', 'South Korea government']);
  const es = extract('es', 'Corea del Norte ha enviado 10.000 soldados a Rusia, estima Seúl.');
  assert.equal(es[0]?.source, 'South Korea government');
});

test('munitions Russia received, or delivered with no party named after a sentence on North Korea, are supplied', () => {
  assert.deepEqual(values(extract('de', 'Eine Million Granaten hat Russland erhalten, schätzt Seoul.'), 'munitions_supplied'), ['dprk_to_russia:1000000']);
  assert.deepEqual(values(extract('fr', 'La Corée du Nord est un allié clé. Dans ce cadre, près d’un million d’obus ont été livrés, selon le NIS.'), 'munitions_supplied'), ['dprk_to_russia:1000000']);
});

test('munitions delivered to or by someone else are not', () => {
  assert.deepEqual(values(extract('en', 'The war goes on. About a million shells were delivered to Ukraine by the EU.'), 'munitions_supplied'), []);
  assert.deepEqual(values(extract('fr', 'Ivashchenko a expliqué que la Russie produit annuellement jusqu’à 3 millions d’obus.'), 'munitions_supplied'), []);
});

test('German compounds and hyphenations: reconnaissance satellites, space technology, surface-to-air missiles, rice', () => {
  const de = extract('de', 'Nach weiteren Angaben erhielt Nordkorea im Gegenzug für seine Truppenentsendung Startgeräte für Aufklärungssatelliten und Boden-Luft-Raketen.');
  assert.deepEqual(values(de, 'technology_transfer'), ['russia_to_dprk:satellite technology']);
  assert.deepEqual(values(de, 'weapon_supplied'), ['russia_to_dprk:air defense systems']);
  assert.deepEqual(values(extract('de', 'Russland unterstützt Nordkorea auch mit Wissen im Bereich der Weltraum-Technologie.'), 'technology_transfer'), ['russia_to_dprk:space technology']);
});

test('a destination written with its preposition outranks the inverted subject after the verb', () => {
  const de = extract('de', 'Als Zusatzleistung liefert Russland zwischen 600000 und 700000 Tonnen Reis nach Nordkorea.');
  assert.deepEqual(values(de, 'resources_supplied'), ['russia_to_dprk:food']);
});

test('"receives, in exchange for its troops, X": what follows the exchange phrase is what the verb receives', () => {
  const de = extract('de', 'Nach weiteren Angaben erhielt Nordkorea im Gegenzug für seine Truppen Luftabwehrsysteme.');
  assert.deepEqual(values(de, 'weapon_supplied'), ['russia_to_dprk:air defense systems']);
  // the payment after a transfer written before it still goes the other way
  const en = extract('en', 'North Korea sent shells to Russia in exchange for air defense systems.');
  assert.deepEqual(values(en, 'weapon_supplied'), ['dprk_to_russia:artillery shells', 'russia_to_dprk:air defense systems']);
});

test('a gift of weapons and oil is a supply ("beschenkt ... mit")', () => {
  const de = extract('de', 'Kremlchef Putin beschenkt Kim Jong Un nicht nur mit Luftabwehrsystemen, sondern auch mit sehr viel Öl.');
  assert.deepEqual(values(de, 'weapon_supplied'), ['russia_to_dprk:air defense systems']);
  assert.deepEqual(values(de, 'resources_supplied'), ['russia_to_dprk:oil']);
});

test('a confirmation by a party written after "by" or "from"', () => {
  assert.deepEqual(values(extract('en', 'The deployment of North Korean troops to Kursk was confirmed by Pyongyang on Monday.'), 'official_position'), ['dprk_confirms_deployment']);
  assert.deepEqual(values(extract('es', 'Dos días después de que la agencia KCNA confirmara por primera vez que Corea del Norte desplegó tropas en Rusia.'), 'official_position'), ['dprk_confirms_deployment']);
});

test('both leaders praising the troops for fighting in Kursk: both parties confirm', () => {
  const it = extract('it', 'Dopo che Putin e Kim Jong Un hanno elogiato le truppe di Pyongyang per aver combattuto nella regione di Kursk, la Corea del Nord ha iniziato a inviare lavoratori in Russia.');
  assert.deepEqual(values(it, 'official_position').sort(), ['dprk_confirms_deployment', 'russia_confirms_deployment']);
});

test('the noun "confirmation" in a subordinate phrase does not make the sentence confirmed', () => {
  const en = extract('en', 'The South Korean government, which had denounced the dispatch of 10,000 North Korean troops before the official confirmation, condemned it on Monday.');
  assert.equal(en.find((c) => c.kind === 'troops_deployed')?.status, 'reported');
});

test('number words hyphenated before their scale: "six-thousand", "one-thousand"', () => {
  assert.deepEqual(values(extract('en', 'North Korea sent some eleven-thousand combat troops to Russia.'), 'troops_deployed'), [11000]);
  assert.deepEqual(values(extract('en', 'North Korea sent more than one-thousand containers to Russia.'), 'munitions_supplied'), ['dprk_to_russia:1000']);
  // a figure inside a compound adjective still counts nothing
  assert.deepEqual(values(extract('en', 'After a 3-year-old dispute, North Korea sent 1,000 troops to Russia.'), 'troops_deployed'), [1000]);
});

test('munitions counted bare, received "from" North Korea (de la part de, desde)', () => {
  const fr = extract('fr', 'Zelensky a déclaré que la Russie aurait reçu plus d’un million de munitions de la part de la Corée du Nord.');
  assert.deepEqual(values(fr, 'munitions_supplied'), ['dprk_to_russia:1000000']);
  const es = extract('es', 'En total, se han enviado más de ocho millones de proyectiles de artillería a Rusia.');
  assert.deepEqual(values(es, 'munitions_supplied'), ['dprk_to_russia:8000000']);
});

test('a supply verb continuing a sentence that names both parties ("Además distribuyó ...")', () => {
  const es = extract('es', 'Corea del Norte envió tropas a Rusia. Además también distribuyó proyectiles de artillería y sistemas de cohetes.');
  assert.deepEqual(values(es, 'weapon_supplied'), ['dprk_to_russia:artillery shells', 'dprk_to_russia:multiple rocket launchers']);
});

test('the agent of a passive supply gives ("les technologies fournies par le Kremlin")', () => {
  const fr = extract('fr', 'Le régime de Kim Jong-un semble prêt à lancer un satellite espion, grâce aux technologies fournies par le Kremlin.');
  assert.deepEqual(values(fr, 'technology_transfer'), ['russia_to_dprk:satellite technology']);
});

test('North Korea\'s own programme is no transfer without a transfer verb; Russian technology alone is', () => {
  assert.deepEqual(values(extract('de', 'Die Sanktionen sollen das nordkoreanische Atomwaffenprogramm stoppen, sagt Russland.'), 'technology_transfer'), []);
  assert.deepEqual(values(extract('it', 'Secondo Seul, la tecnologia russa aiuta Pyongyang.'), 'technology_transfer'), ['russia_to_dprk:military technology']);
});

test('"receives, for its support, oil": the support it pays with does not turn the direction', () => {
  assert.deepEqual(values(extract('de', 'Nordkorea erhält für seine militärische Unterstützung Russlands enorme Mengen Öl.'), 'resources_supplied'), ['russia_to_dprk:oil']);
});

test('"fuel" as a verb is no oil', () => {
  assert.deepEqual(values(extract('en', 'It will fuel fears about arms shipments from North Korea to Russia.'), 'resources_supplied'), []);
  assert.deepEqual(values(extract('en', 'Russia sent fuel to North Korea.'), 'resources_supplied'), ['russia_to_dprk:oil']);
});

test('a speech participle after an adverb ("a également indiqué") still names its speaker', () => {
  assert.equal(extract('fr', 'Le NIS a également indiqué que la Corée du Nord a envoyé 1000 soldats en Russie.')[0]?.source, 'South Korea NIS');
});

test('what containers have room for, or equal, is possible', () => {
  const de = extract('de', 'In den aus Nordkorea an Russland gelieferten Containern sei Platz für drei Millionen Artilleriegranaten, sagte der Minister.');
  assert.equal(de.find((c) => c.kind === 'munitions_supplied')?.status, 'possible');
  const fr = extract('fr', 'La Corée du Nord a livré à la Russie 20 000 conteneurs, ce qui correspond à 9,4 millions d’obus.');
  assert.equal(fr.find((c) => c.kind === 'munitions_supplied' && c.value === 9400000)?.status, 'possible');
});

test('the North Korean foreign minister named by her office is Choe Son Hui', () => {
  assert.deepEqual(values(extract('it', 'Intanto la ministra degli Esteri di Pyongyang è arrivata a Mosca per consultazioni strategiche.'), 'official_visit'), ['choe_to_russia']);
  assert.deepEqual(values(extract('fr', 'A propos de la visite à Moscou de la ministre nord-coréenne des Affaires étrangères, le renseignement sud-coréen avance qu’elle préparerait un nouvel envoi.'), 'official_visit'), ['choe_to_russia']);
});

test('a visit word and its destination with a long title between them', () => {
  assert.deepEqual(values(extract('es', 'El envío del contingente siguió a la visita del secretario del Consejo de Seguridad de Rusia, Serguéi Shoigú, a Pyongyang.'), 'official_visit'), ['shoigu_to_dprk']);
});

test('the signing verb closing a relative clause that opens right after the treaty', () => {
  const de = extract('de', 'Das Abkommen, das Kim und der russische Präsident Wladimir Putin im Juni nach ihrem Gipfeltreffen in Pjöngjang unterzeichneten, enthält eine Beistandsklausel.');
  assert.deepEqual(values(de, 'treaty_event'), ['signed']);
});

test('German "Kims Soldaten" are North Korean, and "laut ukrainischen Angaben" is Kyiv\'s word', () => {
  const de = extract('de', 'Laut ukrainischen Angaben seien fast 5.000 von Kims Soldaten in Kursk gefallen.');
  assert.deepEqual(values(de, 'troops_killed'), [5000]);
  assert.equal(de[0]?.source, 'Ukraine government');
});

test('a Russian commander reporting that North Korean soldiers performed combat tasks confirms the deployment', () => {
  const en = extract('en', 'Gerasimov reported to Putin that North Korean soldiers had performed combat tasks alongside Russian servicemen in the Kursk region.', '2025-05-01');
  assert.deepEqual(values(en, 'official_position'), ['russia_confirms_deployment']);
});

test('German lexicon words match their declined forms: "mit Artilleriegeschossen", "ballistischen Raketen"', () => {
  const de = extract('de', 'Südkorea zufolge hat Nordkorea Russland mit Artilleriegeschossen und ballistischen Raketen beliefert.');
  assert.deepEqual(values(de, 'weapon_supplied').sort(), ['dprk_to_russia:artillery shells', 'dprk_to_russia:ballistic missiles']);
});

test('"sollen" reports and "sollte" hedges: inflection does not turn one into the other', () => {
  const de = extract('de', 'Nach Angaben des südkoreanischen Geheimdienstes sollen rund 15.000 nordkoreanische Soldaten nach Russland entsandt worden sein.');
  assert.equal(one(de, 'troops_deployed', 15000).status, 'reported');
});

test('a ratifying verb that closes its clause finds its subject further back ("hat Nordkorea einen Vertrag ... ratifiziert")', () => {
  const de = extract('de', 'Nordkorea hat einen Vertrag zum Aufbau einer umfassenden strategischen Partnerschaft mit Russland ratifiziert, meldet KCNA.', '2024-11-12');
  assert.deepEqual(values(de, 'treaty_event'), ['ratified_dprk']);
});

test('a sentence that says which technology flows does not also transfer technology in general', () => {
  const en = extract('en', 'The NIS said Kim\'s regime seemed ready to launch a new spy satellite, thanks to the sophisticated components and technologies supplied by the Kremlin.');
  assert.deepEqual(values(en, 'technology_transfer'), ['russia_to_dprk:satellite technology']);
  // technology alone is still technology
  const bare = extract('en', 'In return, Moscow began supplying Pyongyang with tanks and technologies.');
  assert.deepEqual(values(bare, 'technology_transfer'), ['russia_to_dprk:military technology']);
});

test('a cue verb followed by "que" attributes to its subject, not to who is named in what was said', () => {
  const fr = extract('fr', 'Le NIS a indiqué que le régime de Kim Jong-un semblait prêt à lancer un nouveau satellite espion, grâce aux technologies fournies par la Russie.');
  assert.equal(one(fr, 'technology_transfer', 'satellite technology').source, 'South Korea NIS');
  // the inverted subject after the cue still speaks
  const inverted = extract('fr', 'La Russie a fourni des technologies satellitaires à la Corée du Nord, a indiqué le NIS sud-coréen.');
  assert.equal(one(inverted, 'technology_transfer', 'satellite technology').source, 'South Korea NIS');
});

test('a hosting verb in the passive: the agent hosts, the subject visits ("Lavrov was received by Kim Jong Un")', () => {
  assert.deepEqual(values(extract('en', 'Lavrov was received by Kim Jong Un in Wonsan, the ministry said.', '2025-07-13'), 'official_visit'), ['lavrov_to_dprk']);
  assert.deepEqual(values(extract('it', 'Lavrov è stato ricevuto da Kim Jong-un a Wonsan.', '2025-07-13'), 'official_visit'), ['lavrov_to_dprk']);
  // the active still hosts the other way
  assert.deepEqual(values(extract('en', 'Putin hosted Kim Jong Un in Vostochny.', '2023-09-13'), 'official_visit'), ['kim_to_russia']);
});

test('an arrival noun is a visit: "l\'arrivo del presidente russo Vladimir Putin in Corea del Nord"', () => {
  assert.deepEqual(values(extract('it', "Una folla ha accompagnato l'arrivo del presidente russo Vladimir Putin in Corea del Nord.", '2024-06-19'), 'official_visit'), ['putin_to_dprk']);
  assert.deepEqual(values(extract('de', 'Eine Menge begleitete die Ankunft des russischen Präsidenten Wladimir Putin in Nordkorea.', '2024-06-19'), 'official_visit'), ['putin_to_dprk']);
});

test('English "military support from X through Y" is a transfer, as "sostegno", "soutien", "apoyo" are', () => {
  const en = extract('en', 'Ties have grown closer, including repeated military support from Pyongyang through missiles and artillery shells.');
  assert.ok(values(en, 'weapon_supplied').includes('dprk_to_russia:artillery shells'));
});

test('after a sentence about North Korean soldiers, where they fell is where they are', () => {
  const it = extract('it', 'I soldati nordcoreani combattono in Russia. Circa 100 sono morti e oltre 1.000 feriti nella regione di Kursk.');
  assert.deepEqual(values(it, 'deployment_location'), ['Kursk']);
  // another army's losses are not theirs
  const other = extract('it', 'I soldati nordcoreani combattono in Russia. Circa 100 soldati ucraini sono morti nella regione di Sumy.');
  assert.deepEqual(values(other, 'deployment_location'), []);
});

test('a country adjective that qualifies the place is no other army: "la región rusa de Kursk"', () => {
  const es = extract('es', 'Las tropas norcoreanas llegaron a Rusia. Hong señaló que el despliegue en la región rusa de Kursk fue rápido.');
  assert.deepEqual(values(es, 'deployment_location'), ['Kursk']);
});

test('a hedge in the next sentence about a figure of its own leaves the containers shipped as reported', () => {
  const en = extract('en', 'Shin said about 6,700 containers have been sent from North Korea to Russia. The containers could hold around 3 million artillery shells.');
  assert.equal(one(en, 'munitions_supplied', 6700).status, 'reported');
  assert.equal(one(en, 'munitions_supplied', 3000000).status, 'possible');
  // a hedge on whether they carried arms at all makes the count a presumption
  const hedged = extract('en', 'Seoul said over 13,000 containers were shipped from North Korea to Russia. They could have been used to transport arms.');
  assert.equal(one(hedged, 'munitions_supplied', 13000).status, 'possible');
});

test('a third government that "confirms" what North Korea or Russia did reports it; its own captures it confirms', () => {
  const it = extract('it', 'I servizi segreti della Corea del Sud hanno confermato che i soldati nordcoreani combattono nella regione russa di Kursk.');
  assert.equal(one(it, 'deployment_location', 'Kursk').status, 'reported');
  const en = extract('en', 'Zelensky confirmed that Ukrainian forces had captured two North Korean soldiers in Kursk.');
  assert.equal(one(en, 'troops_captured', 2).status, 'confirmed');
});

test('readiness and preparation are plans: "si stia preparando a inviare", "está dispuesta a enviar", "willing to send"', () => {
  assert.equal(one(extract('it', 'Il JCS ritiene che Pyongyang si stia preparando a inviare droni in Russia.'), 'weapon_supplied', 'drones').status, 'possible');
  assert.equal(one(extract('es', 'Rusia está dispuesta a enviar más tecnología militar a Corea del Norte, dijo Shin.'), 'technology_transfer', 'military technology').status, 'possible');
  assert.equal(one(extract('en', 'Russia is willing to send more military technology to North Korea, Shin said.'), 'technology_transfer', 'military technology').status, 'possible');
});

test('a country joined by "of" to an actor of its own side says whose it is, and does not speak besides', () => {
  const en = extract('en', 'The Department of Defense of the United States said 8,000 North Korean soldiers were sent to Russia.');
  assert.equal(one(en, 'troops_deployed', 8000).source, 'US Department of Defense');
});

test('a cue whose actor is a name in apposition to a title: "Secondo il segretario della Difesa, Lloyd Austin, ..."', () => {
  const it = extract('it', 'Secondo il segretario della Difesa, Lloyd Austin, la Corea del Nord ha inviato almeno 10.000 soldati in Russia.');
  assert.equal(one(it, 'troops_deployed', 10000).source, 'US Department of Defense');
  // a clause after the comma is no apposition
  const clause = extract('it', 'Secondo le informazioni di intelligence, Kim Jong-un ha inviato 10.000 soldati in Russia.');
  assert.notEqual(one(clause, 'troops_deployed', 10000).source, 'DPRK government');
});

test('a denial of allegations about arms is no position on the deployment; of allegations about troops it is', () => {
  const arms = extract('es', 'Tanto Pyongyang como Moscú han rechazado las denuncias de que el Norte envía armas a Rusia.');
  assert.deepEqual(values(arms, 'official_position'), []);
  const troops = extract('en', 'Moscow has rejected the allegations as fabrications, and North Korea has denied sending troops to Russia.');
  assert.ok(values(troops, 'official_position').includes('dprk_denies_deployment'));
});

test('a numbered batch is additional: "third wave", "tercer plan de despliegue de 6000 soldados"', () => {
  assert.deepEqual(values(extract('es', 'Del tercer plan de despliegue de 6000 soldados norcoreanos, mil han llegado a Rusia, dijo el diputado.'), 'troops_additional'), [6000]);
  assert.deepEqual(values(extract('en', 'A third wave of 3,000 North Korean soldiers has arrived in Russia, Seoul said.'), 'troops_additional'), [3000]);
});

test('a person who owns another noun, or is named far from the visit word, is no visitor', () => {
  assert.deepEqual(values(extract('it', 'La lettera di Putin è giunta in concomitanza con la visita a Pyongyang di una delegazione russa.', '2025-08-15'), 'official_visit'), []);
  assert.deepEqual(values(extract('it', 'La visita di Putin a Pyongyang è durata due giorni.', '2024-06-20'), 'official_visit'), ['putin_to_dprk']);
  const far = extract('it', 'Kim ha detto che la visita della delegazione a Pyongyang favorirà lo sviluppo delle relazioni tra i due paesi, aggiungendo di aver avuto due giorni prima una conversazione telefonica con Putin.', '2025-08-15');
  assert.deepEqual(values(far, 'official_visit'), []);
});
