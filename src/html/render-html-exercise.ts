/**
 * The classroom worksheet and its answer key as self-contained HTML pages that print: the
 * worksheet with tick boxes and ruled lines to write on, each question kept on one page; the key
 * as a page of its own (a separate file, like the Markdown key) with each answer, its evidence and
 * the word diff. Both read only the exercise model (src/exercise/question.ts); article text is
 * escaped. No script: nothing on these pages needs one.
 */
import type { Exercise, Passage, Question } from '../exercise/question.js';
import { QUESTION_TITLES } from '../exercise/question.js';
import { DISCUSSION_NOTE, answersIntro } from '../exercise/render-answers.js';
import { WRITE_IN, choiceLetter, selectionLine, worksheetIntro } from '../exercise/render-worksheet.js';
import { escapeHtml } from './html-escape.js';
import { inlineDiff } from './html-word-diff.js';
import { htmlPage } from './page-frame.js';

const ruled = (lines: number): string => `<div class="ruled" aria-hidden="true">${'<div></div>'.repeat(lines)}</div>`;

function passage(p: Passage): string {
  const who = p.outlet === '' ? '' : ` · ${escapeHtml(p.outlet)}`;
  return `<blockquote><p><strong>${escapeHtml(p.label)}</strong>${who}: ${escapeHtml(p.text)}</p></blockquote>`;
}

const heading = (q: Question, i: number): string => `<h3 id="${q.id}-h">${i + 1}. ${escapeHtml(QUESTION_TITLES[q.type])}</h3>`;

function worksheetQuestion(q: Question, i: number): string {
  const writeIn = WRITE_IN[q.type];
  return [
    `<section class="question" id="${q.id}" aria-labelledby="${q.id}-h">`,
    heading(q, i),
    `<p>${escapeHtml(q.prompt)}</p>`,
    ...q.passages.map(passage),
    `<ul class="choices">${q.choices.map((c, k) => `<li>${choiceLetter(k)}) ${escapeHtml(c)}</li>`).join('')}</ul>`,
    ...(writeIn ? [`<p>${escapeHtml(writeIn)}</p>`, ruled(2)] : []),
    '</section>',
  ].join('\n');
}

function answerQuestion(q: Question, i: number): string {
  const right = q.choices.indexOf(q.answer);
  const [a, b] = q.passages;
  return [
    `<section class="question" id="${q.id}" aria-labelledby="${q.id}-h">`,
    heading(q, i),
    ...q.passages.map(passage),
    `<p class="answer">Answer: ${choiceLetter(right)}) ${escapeHtml(q.answer)}</p>`,
    '<p>Evidence from the analysis:</p>',
    `<ul>${q.evidence.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul>`,
    ...(q.diff && a && b ? [`<p>Word diff, ${escapeHtml(a.label)} → ${escapeHtml(b.label)} (<del>cut</del>, <ins>added</ins>): ${inlineDiff(q.diff)}</p>`] : []),
    '</section>',
  ].join('\n');
}

function discussion(e: Exercise, answerKey: boolean): string[] {
  if (e.discussion.length === 0) return [];
  const items = e.discussion.map((d) => `<li><p>${escapeHtml(d)}</p>${answerKey ? '' : ruled(3)}</li>`);
  return ['<section class="part discussion" aria-labelledby="discussion-h">', '<h2 id="discussion-h">For discussion</h2>', ...(answerKey ? [`<p>${escapeHtml(DISCUSSION_NOTE)}</p>`] : []), `<ol>${items.join('')}</ol>`, '</section>'];
}

export function renderHtmlWorksheet(e: Exercise): string {
  const title = e.title ?? e.name;
  const rows = e.outlets.map((o, i) => `<tr><td class="num">${i + 1}</td><td>${escapeHtml(o.outlet)}</td><td>${escapeHtml(o.file)}</td><td>${o.published ? escapeHtml(o.published) : '–'}</td></tr>`);
  const body = [
    '<header>',
    `<h1>Worksheet: ${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(worksheetIntro(e))}</p>`,
    `<p class="note">Collection: ${escapeHtml(e.name)} · seed ${e.seed} · ${e.questions.length} questions</p>`,
    ...(e.selection ? [`<p class="note">${escapeHtml(selectionLine(e)!)}</p>`] : []),
    '<table class="names"><tbody><tr><th scope="row">Name</th><td></td><th scope="row">Class</th><td></td><th scope="row">Date</th><td></td></tr></tbody></table>',
    '</header>',
    '<main>',
    '<section aria-labelledby="articles-h">',
    '<h2 id="articles-h">The articles</h2>',
    '<table><colgroup><col class="narrow"><col><col><col></colgroup>',
    '<thead><tr><th scope="col" class="num">#</th><th scope="col">outlet</th><th scope="col">file</th><th scope="col">published</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table>`,
    '</section>',
    '<section aria-labelledby="questions-h">',
    '<h2 id="questions-h">Questions</h2>',
    ...e.questions.map(worksheetQuestion),
    '</section>',
    ...discussion(e, false),
    '</main>',
  ].join('\n');
  return htmlPage({ title: `Worksheet: ${title}`, body });
}

export function renderHtmlAnswers(e: Exercise): string {
  const title = e.title ?? e.name;
  const body = [
    '<header class="answer-key">',
    `<h1>Answer key: ${escapeHtml(title)}</h1>`,
    `<p>${answersIntro(escapeHtml(e.name), e.seed)}</p>`,
    '</header>',
    '<main>',
    ...e.questions.map(answerQuestion),
    ...discussion(e, true),
    '</main>',
  ].join('\n');
  return htmlPage({ title: `Answer key: ${title}`, body });
}
