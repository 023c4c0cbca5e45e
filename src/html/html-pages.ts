/**
 * The HTML pages, as one module the commands load only when HTML is asked for. The build bundles
 * it apart (dist/bin/html-pages.js, with dagre and marked), so `analyze` and the Markdown
 * commands never read it.
 */
export { renderHtmlReport } from './render-html-report.js';
export { renderHtmlAnswers, renderHtmlWorksheet } from './render-html-exercise.js';
