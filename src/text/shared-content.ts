/**
 * The sentence every summary ends its figures with: how many pieces of content (units) more than
 * one outlet carries, and how many of them only as shared quotes. One wording for the terminal
 * summary, the corpus summary and the report, singular and plural alike.
 */
export function sharedContentSentence(units: number, quoteOnly: number, holder: 'outlet' | 'document'): string {
  const pieces = units === 1 ? '1 piece of content is' : `${units} pieces of content are`;
  const quotes = quoteOnly === 0 ? '' : units === 1 ? ' (only as a shared quote)' : ` (${quoteOnly} of them only as shared quotes)`;
  return `${pieces} carried by more than one ${holder}${quotes}.`;
}
