/**
 * A TypeScript user of the installed package (tests/package.test.ts type-checks it with tsc,
 * strict, the package's declarations checked too, then runs it). The @ts-expect-error lines fail
 * the check if the declarations stop saying what the functions take.
 */
import {
  analyze,
  analyzeFiles,
  buildExercise,
  classifyPair,
  exerciseJson,
  formatSummary,
  loadDocuments,
  renderAnswers,
  renderReport,
  renderWorksheet,
  SCHEMA_VERSION,
  WiretraceError,
  type AnalysisResult,
  type DocumentInput,
  type Exercise,
  type ExerciseJson,
  type Label,
  type PairVerdict,
  type ProvenanceEdge,
} from 'wiretrace';

const seeds: AnalysisResult = await analyzeFiles([], { onStage: (stage) => void stage });
const edges: ProvenanceEdge[] = seeds.provenance.edges;
const labels: Label[] = seeds.documents.flatMap((d) => d.segments.map((s) => s.label));
const inputs: DocumentInput[] = [
  { id: 'wire', text: 'The storm knocked out power to about 200,000 homes across the state on Sunday night.', outlet: { name: 'Wire', wire: true } },
  { id: 'paper', text: 'The storm knocked out power to about 200,000 homes across the state on Sunday night, officials said.' },
];
const mine = analyze(inputs, { name: 'storm' });
const verdict: PairVerdict = classifyPair(inputs[0]!.text, inputs[1]!.text);
const exercise: Exercise = buildExercise(seeds, 7);
const asJson: ExerciseJson = exerciseJson(exercise);
const loaded = await loadDocuments([]);

// Never called: the type check is the point.
// @ts-expect-error analyze takes texts or documents, not numbers
const notTexts = (): AnalysisResult => analyze([1, 2]);
void notTexts;
// @ts-expect-error the engine's candidates are named, not free text
const wrong: AnalysisResult['engine']['candidates'] = 'guess';
void wrong;

let exitCode = 0;
try {
  analyze(['only one text']);
} catch (e) {
  if (e instanceof WiretraceError) exitCode = e.exitCode;
}

console.log(
  JSON.stringify({
    schemaVersion: SCHEMA_VERSION === seeds.schemaVersion && SCHEMA_VERSION === asJson.schemaVersion,
    edges: edges.map((e) => `${e.from}>${e.to}`),
    labels: labels.length,
    mine: mine.documents.map((d) => [d.id, d.outlet.name, d.segments[0]!.label]),
    verdict: verdict.relation,
    questions: asJson.questions.length,
    documents: loaded.documents.length,
    texts: [renderReport(seeds), renderWorksheet(exercise), renderAnswers(exercise), formatSummary(seeds)].every((t) => t.length > 0),
    exitCode,
  }),
);
