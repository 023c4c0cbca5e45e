/**
 * Stock phrases of news writing: formulas every newsroom uses on its own account (a request for
 * comment that went unanswered, a statement, the first time since, what a court heard), so that two independent
 * reports of one event share them without either having taken anything from the other. Their
 * words are not copied prose: they count neither as evidence of copying in a copied sentence
 * (pair-reuse.ts, `evidentWords`) nor as the content words a shared run needs (shared-runs.ts). A large input
 * finds its own stock phrases from how many documents repeat them (common-passages.ts); these
 * hold for two texts as well. The list is of the language's formulas, not of any outlet's.
 *
 * Patterns are over normalised words (tokens.ts: lower case, apostrophes dropped, "didn't" →
 * "didnt") joined by single spaces.
 */
import { tokenize } from './tokens.js';
import { lazy } from './lazy.js';
import { memoByText } from './text-memo.js';

const NOT = '(?:(?:did|does|do|has|have|had|was|were|is|are|would|could|can|will) not|didnt|doesnt|dont|hasnt|havent|hadnt|wasnt|werent|isnt|arent|wouldnt|couldnt|cannot|cant|wont)';
const REQUEST = '(?:an? |the |our |repeated |several )?(?:requests?|emails?|e mails?|calls?|phone calls?|telephone calls?|messages?|inquiries|enquiries|queries|questions)';

/** The formulas, each a regular expression over normalised words. */
const PHRASES: readonly string[] = [
  // Asked for comment, no answer.
  `${NOT} (?:yet |immediately )?(?:respond|responded|reply|replied|answer|answered|return|returned) (?:to )?${REQUEST}(?: (?:seeking|for|requesting) comments?)?`,
  `${NOT} (?:immediately )?be reached(?: for comments?)?`,
  `${NOT} (?:immediately )?available (?:for|to) comment`,
  `(?:no one|nobody) (?:was|could be) (?:immediately )?(?:available|reached)(?: (?:for|to) comments?)?`,
  `(?:declined|refused) to (?:comment|elaborate|give details|be named|be identified)(?: further)?`,
  `${NOT} (?:immediately )?(?:comment|elaborate)`,
  `(?:there was )?no immediate (?:comment|response|reply)`,
  // Sources and statements.
  `(?:said|says|added|wrote) in a (?:statement|written statement|news release|press release)`,
  `(?:told|said to) (?:reporters|journalists)`,
  `(?:speaking|spoke) on (?:the )?condition of anonymity`,
  `(?:who )?asked not to be (?:named|identified)`,
  `it (?:was|is) not (?:immediately )?clear (?:whether|if|how|why|what|when|who)`,
  // Courts: how every court report says what happened in court, whatever the case.
  `(?:the )?(?:court|jury|inquest|tribunal|hearing|magistrates) (?:heard|was told|were told)(?: that)?`,
  `told (?:the )?(?:court|jury|judge|magistrates|inquest|tribunal|hearing)(?: that)?`,
  `(?:pleaded|pleads|pled|pleading) (?:not )?guilty(?: to)?`,
  `(?:(?:was|were|is|are|has been|have been) )?remanded in custody`,
  `(?:was|were|is|are|has been|have been) (?:granted|refused|denied|released on|freed on) (?:conditional |unconditional )?bail`,
  `(?:the )?(?:trial|case|hearing|inquest) (?:continues|was adjourned|is adjourned|has been adjourned)`,
  `(?:denies|denied|deny|denying) (?:all )?(?:the )?(?:charges?|allegations?|offences?|offenses?)`,
  `(?:was|were) (?:found|declared) (?:not )?guilty(?: of)?`,
  `(?:was|were) (?:cleared|acquitted|convicted) of`,
  `(?:was|were) (?:jailed|imprisoned|sentenced) (?:for|to)`,
  `(?:was|were|has been|have been) charged with`,
  `according to court (?:documents|records|papers|filings)`,
  // Time and the report itself.
  `for the first time (?:since|in)`,
  `(?:this|the) (?:story|article|report) (?:is developing|will be updated|has been updated)`,
  `(?:this is )?a developing story`,
  `contributed (?:reporting|to this report)`,
  `at the time of (?:writing|publication|going to press)`,
];

/** Every formula holds one of these words: a sentence without any is read no further (most are not). */
const ANCHORS = new Set(
  (
    'comment comments reached available elaborate details named identified statement release reporters journalists anonymity clear first developing updated contributed writing publication press immediate respond responded reply replied answer answered return returned ' +
    'heard told guilty remanded bail continues adjourned denies denied deny denying cleared acquitted convicted jailed imprisoned sentenced charged court'
  ).split(' '),
);

const STOCK = lazy(() => new RegExp(`(?<= |^)(?:${PHRASES.join('|')})(?= |$)`, 'g'));

/** For each of the normalised `words`, whether it lies inside a stock phrase. */
export function stockWordFlags(words: readonly string[]): Uint8Array {
  const flags = new Uint8Array(words.length);
  if (words.length < 2 || !words.some((w) => ANCHORS.has(w))) return flags;
  const joined = words.join(' ');
  const starts = new Int32Array(words.length);
  for (let i = 1; i < words.length; i++) starts[i] = starts[i - 1]! + words[i - 1]!.length + 1;
  const re = STOCK();
  re.lastIndex = 0;
  // Matches come in order and begin and end at words: one pass over the words serves them all.
  let i = 0;
  for (let m = re.exec(joined); m !== null; m = re.exec(joined)) {
    const end = m.index + m[0].length;
    while (i < words.length && starts[i]! < m.index) i++;
    for (; i < words.length && starts[i]! < end; i++) flags[i] = 1;
    if (m[0].length === 0) re.lastIndex++;
  }
  return flags;
}

/** How many words of `text` lie inside stock phrases (remembered: text-memo.ts). */
export const stockWordCount = memoByText((text: string): number => {
  const flags = stockWordFlags(tokenize(text).map((t) => t.norm));
  let n = 0;
  for (let i = 0; i < flags.length; i++) n += flags[i]!;
  return n;
});
