/**
 * The students' worksheet as Markdown: the articles, the questions with their passages and
 * choices, room for the clue, and the discussion questions. No answers. Every piece of article
 * text (and every name from a manifest) is escaped for Markdown and HTML.
 */
import { escapeMarkdown } from '../report/markdown-escape.js';
import type { Exercise, Passage, Question, QuestionType } from './question.js';
import { QUESTION_TITLES } from './question.js';

/** What students write down besides ticking a box, by question type. */
export const WRITE_IN: Partial<Record<QuestionType, string>> = {
  'who-was-first': 'The clue:',
  'spot-the-edits': 'Every other change you found:',
  'credit-check': 'The line, if there is one:',
  'quote-or-copy': 'Why:',
};

export const choiceLetter = (i: number): string => String.fromCharCode(97 + i);

/** Which articles of a larger collection the exercise uses, and why (no article text in it; names escaped by the caller). */
export const selectionLine = (e: Exercise, what: 'worksheet' | 'quiz' = 'worksheet'): string | undefined =>
  e.selection ? `This ${what} uses ${e.selection.reason}.` : undefined;

/** The worksheet's opening line (no article text in it). */
export const worksheetIntro = (e: Exercise): string =>
  `${e.outlets.length} articles about one story. Some outlets wrote their own; some took their words from a news agency or from each other. Find out which, and say how you can tell.`;

export function exerciseTitle(e: Exercise): string {
  return escapeMarkdown(e.title ?? e.name);
}

export function passageLine(p: Passage): string {
  const who = p.outlet === '' ? '' : ` · ${escapeMarkdown(p.outlet)}`;
  return `> **${p.label}**${who}: ${escapeMarkdown(p.text)}`;
}

export function questionHeading(q: Question, index: number): string {
  return `### ${index + 1}. ${QUESTION_TITLES[q.type]}`;
}

function renderQuestion(q: Question, index: number): string[] {
  const out = [questionHeading(q, index), '', escapeMarkdown(q.prompt), ''];
  for (const p of q.passages) out.push(passageLine(p), '');
  for (const [i, c] of q.choices.entries()) out.push(`- [ ] ${choiceLetter(i)}) ${escapeMarkdown(c)}`);
  out.push('');
  const writeIn = WRITE_IN[q.type];
  if (writeIn) out.push(`${writeIn} ______________________________________________`, '');
  return out;
}

/** The students' worksheet as Markdown: the articles, then each question with its passages and choices (no answers). */
export function renderWorksheet(e: Exercise): string {
  const out = [
    `# Worksheet: ${exerciseTitle(e)}`,
    '',
    worksheetIntro(e),
    '',
    `Collection: ${escapeMarkdown(e.name)} · seed ${e.seed} · ${e.questions.length} questions`,
    '',
    ...(e.selection ? [escapeMarkdown(selectionLine(e)!), ''] : []),
    '## The articles',
    '',
    '| # | outlet | file | published |',
    '|---|---|---|---|',
    ...e.outlets.map((o, i) => `| ${i + 1} | ${escapeMarkdown(o.outlet)} | ${escapeMarkdown(o.file)} | ${o.published ? escapeMarkdown(o.published) : '–'} |`),
    '',
    '## Questions',
    '',
    ...e.questions.flatMap(renderQuestion),
  ];
  if (e.discussion.length > 0) {
    out.push('## For discussion', '');
    for (const [i, d] of e.discussion.entries()) out.push(`${i + 1}. ${escapeMarkdown(d)}`);
    out.push('');
  }
  return out.join('\n');
}
