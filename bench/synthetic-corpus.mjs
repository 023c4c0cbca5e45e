/**
 * A generated corpus of news-like documents for the large-input views (the review at 2,000
 * documents, the report and the exercise at 300): no data set, only words written here, put
 * together by a seeded generator the caller passes in (`seededRandom` of src/exercise), so the
 * same size and seed always give the same documents.
 *
 * One document in five is a source story of six sentences; every other one reuses two to four
 * consecutive sentences of one source word for word (the first of them lightly edited), then adds
 * two sentences of its own. Outlets are named after towns and kinds of paper ("Alder Gazette 7"),
 * so a name filter has something to find.
 *
 * @typedef {{ id: string, file: string, outlet: { name: string }, text: string }} SyntheticDocument
 */

const ADJECTIVES = 'bright quiet local northern southern heavy narrow public private early late coastal rural urban older newer busy empty famous small large dark painted broken distant eastern western modest rapid steady sudden'.split(' ');
const NOUNS = 'council bridge harbour ferry museum library orchard factory market school hospital railway tunnel garden festival choir stadium quarry bakery theatre gallery canal vineyard airport brewery lighthouse mill forest laboratory workshop cathedral observatory clinic warehouse marina'.split(' ');
const VERBS = 'opened closed repaired inspected painted sold bought rebuilt measured announced delayed extended visited approved rejected funded moved cleaned renamed restored'.split(' ');
const PEOPLE = 'engineers residents farmers teachers nurses pilots bakers students fishermen miners drivers painters officials volunteers architects gardeners'.split(' ');
const DAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ');
export const TOWNS = 'Alder Birch Cedar Dunmore Elmstead Fernhill Glenrock Hawthorn Ivybridge Juniper Kestrel Larchmont Maplewood Northwick Oakfield Pinecrest Quarrybank Rowan Sallowby Thornbury Upton Valewood Willowmere Yarrow'.split(' ');
const KINDS = 'Gazette Herald Courier Times Post Chronicle Echo Observer'.split(' ');

/** @param {() => number} random */
const pick = (random, list) => list[Math.floor(random() * list.length)];

/** A sentence of news prose in one of four shapes: the words vary, the function words keep it English. @param {() => number} random */
function sentence(random) {
  const w = (list) => pick(random, list);
  const n = Math.floor(random() * 1000) + 2;
  const shapes = [
    () => `The ${w(ADJECTIVES)} ${w(NOUNS)} in ${w(TOWNS)} was ${w(VERBS)} on ${w(DAYS)} after ${n} ${w(PEOPLE)} asked for it.`,
    () => `${n} ${w(PEOPLE)} from ${w(TOWNS)} say their ${w(ADJECTIVES)} ${w(NOUNS)} has not been ${w(VERBS)} since the ${w(NOUNS)} next door was ${w(VERBS)}.`,
    () => `Nobody expected the ${w(NOUNS)} to be ${w(VERBS)} so soon, a spokesman for the ${w(ADJECTIVES)} ${w(NOUNS)} of ${w(TOWNS)} told ${w(PEOPLE)} there.`,
    () => `Before ${w(DAYS)}, ${w(PEOPLE)} and ${w(PEOPLE)} had ${w(VERBS)} ${n} ${w(ADJECTIVES)} ${w(NOUNS)}s near ${w(TOWNS)}, while a ${w(NOUNS)} stood ${w(ADJECTIVES)}.`,
  ];
  return shapes[Math.floor(random() * shapes.length)]();
}

/** A light edit of a sentence: one word more. */
const edited = (s) => s.replace(/^(\S+ \S+)/, '$1 also');

/**
 * `n` documents (at least 2).
 * @param {number} n
 * @param {() => number} random a seeded generator, [0, 1)
 * @returns {SyntheticDocument[]}
 */
export function syntheticCorpus(n, random) {
  const sourceCount = Math.max(1, Math.ceil(n / 5));
  const sources = Array.from({ length: sourceCount }, () => Array.from({ length: 6 }, () => sentence(random)));
  const docs = [];
  for (let i = 0; i < n; i++) {
    const id = `doc-${String(i + 1).padStart(4, '0')}`;
    const name = `${TOWNS[i % TOWNS.length]} ${KINDS[Math.floor(i / TOWNS.length) % KINDS.length]} ${Math.floor(i / (TOWNS.length * KINDS.length)) + 1}`;
    let sentences;
    if (i < sourceCount) sentences = sources[i];
    else {
      const source = sources[Math.floor(random() * sourceCount)];
      const take = 2 + Math.floor(random() * 3);
      const from = Math.floor(random() * (source.length - take + 1));
      const copied = source.slice(from, from + take);
      copied[0] = edited(copied[0]);
      sentences = [...copied, sentence(random), sentence(random)];
    }
    docs.push({ id, file: `${id}.txt`, outlet: { name }, text: sentences.join('\n\n') + '\n' });
  }
  return docs;
}
