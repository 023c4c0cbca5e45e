/**
 * The teacher's answer key as Markdown: for each question the right choice, the evidence from the
 * analysis (counterparts, attribution lines, fingerprints, edits) and, for two versions of one
 * sentence, their word diff. Article text is escaped for Markdown and HTML.
 */
import { escapeMarkdown } from '../report/markdown-escape.js';
import { markdownWordDiff } from '../report/word-diff.js';
import type { Exercise, Question } from './question.js';
import { choiceLetter, exerciseTitle, passageLine, questionHeading } from './render-worksheet.js';

/** The key's opening line; `name` is the collection's name escaped for the page's format. */
export const answersIntro = (name: string, seed: number): string =>
  `For the worksheet of collection ${name}, seed ${seed}. Every answer and every piece of evidence comes from wiretrace's analysis of the articles.`;

/** What the key says before the discussion questions. */
export const DISCUSSION_NOTE = 'Open questions; the figures in them come from the analysis.';

function renderAnswer(q: Question, index: number): string[] {
  const right = q.choices.indexOf(q.answer);
  const out = [questionHeading(q, index), ''];
  for (const p of q.passages) out.push(passageLine(p), '');
  out.push(`**Answer: ${choiceLetter(right)}) ${escapeMarkdown(q.answer)}**`, '', 'Evidence from the analysis:', '');
  for (const e of q.evidence) out.push(`- ${escapeMarkdown(e)}`);
  out.push('');
  const [a, b] = q.passages;
  if (q.diff && a && b) {
    out.push(`Word diff, ${a.label} → ${b.label} (<del>cut</del>, <ins>added</ins>): ${markdownWordDiff(a.text, b.text)}`, '');
  }
  return out;
}

/** The answer key as Markdown: each question's passages, its answer, the evidence and word diffs. */
export function renderAnswers(e: Exercise): string {
  const out = [
    `# Answer key: ${exerciseTitle(e)}`,
    '',
    answersIntro(escapeMarkdown(e.name), e.seed),
    '',
    ...e.questions.flatMap(renderAnswer),
  ];
  if (e.discussion.length > 0) {
    out.push('## For discussion', '', DISCUSSION_NOTE, '');
    for (const [i, d] of e.discussion.entries()) out.push(`${i + 1}. ${escapeMarkdown(d)}`);
    out.push('');
  }
  return out.join('\n');
}
