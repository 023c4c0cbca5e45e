/**
 * The pages' one style sheet, inline: screen and print (A4 and Letter alike: no fixed page size,
 * margins in millimetres, widths in relative units, so a page fits either paper). Tables wrap
 * their text and never overflow the page; sections start on a new page when printed; the
 * passage kinds' colours, symbols and underlines come from label-palette.ts.
 */
import { ALERT, DELETED, INSERTED, MUTED_TEXT, PAGE_BACKGROUND, PAGE_TEXT, PASSAGE_KINDS, PASSAGE_STYLE } from './label-palette.js';

function passageRules(): string[] {
  return PASSAGE_KINDS.map((kind) => {
    const s = PASSAGE_STYLE[kind];
    const line = s.underline === 'none' ? 'text-decoration: none;' : `text-decoration: underline ${s.underline} ${s.line}; text-decoration-thickness: 2px; text-underline-offset: 3px;`;
    return `.k-${kind} { background: ${s.background}; color: ${s.text}; ${line} }`;
  });
}

export function pageStyle(): string {
  return [
    ':root { color-scheme: light; }',
    `body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; color: ${PAGE_TEXT}; background: ${PAGE_BACKGROUND}; }`,
    'h1 { font-size: 1.7rem; line-height: 1.25; margin: 0.5rem 0 0.25rem; }',
    'h2 { font-size: 1.35rem; margin: 2.2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 2px solid #d0d0d0; }',
    'h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }',
    `.note, figcaption, caption { color: ${MUTED_TEXT}; font-size: 0.92rem; }`,
    'caption { text-align: left; caption-side: bottom; padding-top: 0.3rem; }',
    'nav ol { columns: 2 16rem; margin: 0.5rem 0; }',
    'table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0.5rem 0; }',
    'th, td { border: 1px solid #c8c8c8; padding: 0.3rem 0.45rem; vertical-align: top; text-align: left; overflow-wrap: anywhere; }',
    'th { background: #f2f2f2; }',
    'td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }',
    'td.sym { text-align: center; font-size: 1.05rem; }',
    'col.narrow { width: 4.5rem; }',
    '.composition col.outlet-col { width: 22%; } .composition col.bar-col { width: 34%; } .composition svg { width: 100%; }',
    '.alignment col.content-col { width: 34%; }',
    '.inputs col.outlet-col { width: 24%; } .inputs col.file-col { width: 34%; }',
    'svg { max-width: 100%; height: auto; }',
    '.graph { border: 1px solid #d8d8d8; border-radius: 4px; padding: 0.5rem; margin: 0.5rem 0; }',
    `.uncredited { color: ${ALERT}; font-weight: 600; }`,
    '.legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; list-style: none; padding: 0; margin: 0.5rem 0; }',
    '.s { unicode-bidi: isolate; border-radius: 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone; }',
    '.sym { font-weight: 700; speak: never; }',
    '.s .sym { font-size: 0.8em; margin-right: 0.15em; }',
    ...passageRules(),
    '.article p { margin: 0 0 0.7rem; }',
    '.article .headline { font-weight: 700; font-size: 1.08rem; }',
    '.article .furniture { font-size: 0.88rem; margin: 0 0 0.3rem; }',
    '.s[data-unit] { cursor: pointer; }',
    '.s.lit { outline: 3px solid #1a1a1a; outline-offset: 1px; }',
    `del { background: ${DELETED.background}; color: ${DELETED.text}; text-decoration: line-through 2px; }`,
    `ins { background: ${INSERTED.background}; color: ${INSERTED.text}; text-decoration: underline 2px; }`,
    '.pair td { width: 50%; }',
    '.rel { display: block; font-size: 0.85rem; color: #444444; }',
    'blockquote { margin: 0.5rem 0; padding: 0.4rem 0.8rem; border-left: 4px solid #8a8a8a; background: #f7f7f7; }',
    '.choices { list-style: none; padding-left: 0.5rem; }',
    '.choices li::before { content: "☐ "; font-size: 1.1rem; }',
    '.ruled { margin: 0.4rem 0 0.8rem; }',
    '.ruled div { height: 2rem; border-bottom: 1px solid #8a8a8a; }',
    '.question { break-inside: avoid; page-break-inside: avoid; }',
    '.answer { font-weight: 700; }',
    '.names th { width: 5rem; background: none; border: none; } .names td { height: 2rem; border: none; border-bottom: 1px solid #8a8a8a; }',
    'code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.92em; }',
    '@media print {',
    '  @page { margin: 14mm 13mm; }',
    '  body { max-width: none; padding: 0; font-size: 10.5pt; }',
    '  nav, .screen-only { display: none; }',
    '  section.part { break-before: page; page-break-before: always; }',
    '  section.part:first-of-type { break-before: auto; page-break-before: auto; }',
    '  h2, h3 { break-after: avoid; page-break-after: avoid; }',
    '  tr, figure, .graph { break-inside: avoid; page-break-inside: avoid; }',
    '  .s, del, ins, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }',
    '  .s.lit { outline: none; }',
    '}',
  ].join('\n');
}
