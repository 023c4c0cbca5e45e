/**
 * British → American spelling, so "favour" and "favor" compare equal. A table of common news
 * vocabulary plus the regular -isation/-ization family; irregular words must be listed.
 */

const OUR_WORDS = [
  'favour', 'colour', 'honour', 'labour', 'behaviour', 'neighbour', 'harbour', 'humour', 'rumour',
  'vigour', 'endeavour', 'flavour', 'savour', 'armour', 'parlour', 'valour', 'clamour', 'splendour',
];

const IRREGULAR: Record<string, string> = {
  centre: 'center', centres: 'centers', theatre: 'theater', metre: 'meter', metres: 'meters',
  litre: 'liter', fibre: 'fiber', calibre: 'caliber', defence: 'defense', offence: 'offense',
  licence: 'license', pretence: 'pretense', programme: 'program', programmes: 'programs',
  catalogue: 'catalog', dialogue: 'dialog', analogue: 'analog', grey: 'gray', tyre: 'tire',
  kerb: 'curb', cheque: 'check', jewellery: 'jewelry', plough: 'plow', sceptic: 'skeptic',
  sceptical: 'skeptical', manoeuvre: 'maneuver', ageing: 'aging', judgement: 'judgment',
  travelled: 'traveled', travelling: 'traveling', cancelled: 'canceled', cancelling: 'canceling',
  labelled: 'labeled', modelling: 'modeling', fuelled: 'fueled', signalled: 'signaled',
  counsellor: 'counselor', enrolment: 'enrollment', fulfil: 'fulfill', anaesthetic: 'anesthetic',
  paediatric: 'pediatric', whilst: 'while', amongst: 'among', towards: 'toward',
};

/** Verbs spelt -ise in British English whose -ize form is American. */
const ISE_STEMS = [
  'organis', 'recognis', 'realis', 'criticis', 'apologis', 'emphasis', 'summaris', 'prioritis',
  'authoris', 'mobilis', 'stabilis', 'normalis', 'legalis', 'minimis', 'maximis', 'penalis',
  'privatis', 'nationalis', 'characteris', 'destabilis', 'modernis', 'utilis', 'finalis',
  'jeopardis', 'scrutinis', 'sympathis', 'symbolis', 'specialis', 'standardis', 'subsidis',
  'centralis', 'decentralis', 'democratis', 'demoralis', 'digitalis', 'galvanis', 'harmonis',
  'hospitalis', 'industrialis', 'weaponis', 'polaris', 'publicis', 'radicalis', 'revolutionis',
  'sanitis', 'politicis', 'militaris', 'monopolis', 'capitalis', 'categoris', 'civilis',
];
const ISE_ENDINGS = ['e', 'es', 'ed', 'ing', 'ation', 'ations', 'er', 'ers'];

const OUR_SUFFIXES: ReadonlySet<string> = new Set(['', 's', 'ed', 'ing', 'able', 'ite', 'ites', 'ful']);
const OUR: ReadonlySet<string> = new Set(OUR_WORDS);
const ISE: ReadonlySet<string> = new Set(ISE_STEMS);
const ISE_ENDING: ReadonlySet<string> = new Set(ISE_ENDINGS);
const IRREGULAR_MAP: ReadonlyMap<string, string> = new Map(Object.entries(IRREGULAR));

/** For tests: the lists the rules are made of. */
export const SPELLING_LISTS = { OUR_WORDS, OUR_SUFFIXES: [...OUR_SUFFIXES], IRREGULAR, ISE_STEMS, ISE_ENDINGS } as const;

/**
 * The American spelling of a lower-case word (the word itself when it has no variant): an
 * irregular word, or a listed -our word or -is(e) stem with one of its endings. Each listed word
 * holds "our" (each stem "is") only at its end and no ending holds it, so the first occurrence in
 * the word is where a listed word would end. Worked out per word, not from a table of every form
 * built when the module loads (about 1 ms of every run).
 */
export function americanSpelling(word: string): string {
  const irregular = IRREGULAR_MAP.get(word);
  if (irregular !== undefined) return irregular;
  const our = word.indexOf('our');
  if (our > 0 && OUR.has(word.slice(0, our + 3)) && OUR_SUFFIXES.has(word.slice(our + 3))) return word.slice(0, our) + 'or' + word.slice(our + 3);
  const is = word.indexOf('is');
  if (is > 0 && ISE.has(word.slice(0, is + 2)) && ISE_ENDING.has(word.slice(is + 2))) return word.slice(0, is) + 'iz' + word.slice(is + 2);
  return word;
}
