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

const TABLE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>(Object.entries(IRREGULAR));
  for (const w of OUR_WORDS) {
    const us = w.replace(/our$/, 'or');
    for (const suffix of ['', 's', 'ed', 'ing', 'able', 'ite', 'ites', 'ful']) m.set(w + suffix, us + suffix);
  }
  for (const stem of ISE_STEMS) {
    const us = stem.replace(/is$/, 'iz');
    for (const e of ISE_ENDINGS) m.set(stem + e, us + e);
  }
  return m;
})();

/** The American spelling of a lower-case word (the word itself when it has no variant). */
export function americanSpelling(word: string): string {
  return TABLE.get(word) ?? word;
}
