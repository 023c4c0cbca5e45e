/**
 * wiretrace as a library: `import { analyze, analyzeFiles, renderReport, … } from 'wiretrace'`
 * (README, "Library"). Everything here is the same code the command line runs; the terminal UI,
 * WordNet's table and the web-page readers load only when a call needs them.
 *
 * @packageDocumentation
 */
export { analyze, type AnalyzeTextsOptions, type DocumentInput } from './library/analyze-texts.js';
export { analyzeFiles, loadDocuments, type AnalyzeFilesOptions } from './library/analyze-files.js';
export { classifyPair } from './library/classify-sentences.js';
export type { AnalysisStage } from './analyze.js';
export type { LoadedInput } from './ingest/load-documents.js';
export type { PairVerdict } from './classify/classify-pair.js';
export { renderReport } from './report/render-report.js';
export type { ReportOptions } from './report/reuse-summary.js';
export { formatSummary } from './summary/format-summary.js';
export { buildExercise } from './exercise/build-exercise.js';
export { EXERCISE_MAX_DOCUMENTS, type StorySelection, type StorySetOptions } from './exercise/story-set.js';
export { exerciseJson, type ExerciseJson } from './exercise/exercise-json.js';
export { renderWorksheet } from './exercise/render-worksheet.js';
export { renderAnswers } from './exercise/render-answers.js';
export type { DiffPart, Exercise, Passage, Question, QuestionType } from './exercise/question.js';
export { WiretraceError } from './errors.js';
export * from './types.js';
