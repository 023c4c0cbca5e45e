/**
 * The provenance graph as a Mermaid `flowchart` (GitHub renders it): one node per outlet, an
 * arrow from the reused text to the outlet that reused it, labelled with the share and whether
 * the source is credited; common quoted sources as their own nodes, with dotted "quoted by" lines.
 * Node ids are generated (d1, q1…); labels are escaped with Mermaid's entity codes.
 */
import type { AnalysisResult, ProvenanceEdge } from '../types.js';
import { plainText, truncateText } from './markdown-escape.js';
import { percent } from '../text/percent.js';
import { creditVerdict, creditWords } from '../provenance/credit-verdict.js';

const MERMAID_ENTITY: Record<string, string> = {
  '"': '#quot;',
  '#': '#35;',
  '&': '#amp;',
  '(': '#40;',
  ')': '#41;',
  '<': '#lt;',
  '>': '#gt;',
  '[': '#91;',
  ']': '#93;',
  '`': '#96;',
  '{': '#123;',
  '|': '#124;',
  '}': '#125;',
  ';': '#59;',
};

/** A label safe inside Mermaid's `"…"`: one line, no control characters, special characters as entity codes. */
export function mermaidLabel(text: string, max = 60): string {
  return truncateText(plainText(text), max)
    .replace(/["#&()<>[\]`{|};]/g, (c) => MERMAID_ENTITY[c]!)
    .replace(/%%/g, '%#37;');
}

const QUOTE_LABEL_LENGTH = 50;

/** Part of the graph: these documents and edges only, without the quoted sources (a large collection's summary). */
export interface GraphSubset {
  documents: ReadonlySet<string>;
  edges: readonly ProvenanceEdge[];
}

export function renderMermaidGraph(result: AnalysisResult, subset?: GraphSubset): string[] {
  const p = subset ? { edges: subset.edges, sources: [] } : result.provenance;
  const nodeId = new Map(result.documents.map((d, i) => [d.id, `d${i + 1}`]));
  const out = ['```mermaid', 'flowchart LR'];
  for (const d of result.documents) {
    if (subset && !subset.documents.has(d.id)) continue;
    const wire = d.outlet.wire ? ' (wire)' : '';
    out.push(`  ${nodeId.get(d.id)}["${mermaidLabel(d.outlet.name + wire)}"]`);
  }
  const links: { uncredited: boolean }[] = [];
  for (const e of p.edges) {
    const from = nodeId.get(e.from);
    const to = nodeId.get(e.to);
    if (!from || !to) continue;
    // An edge whose direction the texts do not show is drawn without an arrowhead and no credit verdict.
    const label = e.directionClear ? `${percent(e.share)} · ${creditWords(e, 'uncredited')}` : `${percent(e.share)} · direction unclear`;
    out.push(`  ${from} ${e.directionClear ? '-->' : '---'}|"${mermaidLabel(label)}"| ${to}`);
    links.push({ uncredited: creditVerdict(e) === 'not-credited' });
  }
  p.sources.forEach((s, i) => {
    const id = `q${i + 1}`;
    const label = `“${truncateText(plainText(s.statement), QUOTE_LABEL_LENGTH)}”${s.speaker ? ` — ${truncateText(plainText(s.speaker), 40)}` : ''}`;
    out.push(`  ${id}(["${mermaidLabel(label, 2 * QUOTE_LABEL_LENGTH)}"])`);
    for (const doc of [...new Set(s.quotedBy.map((q) => q.document))]) {
      const to = nodeId.get(doc);
      if (!to) continue;
      out.push(`  ${id} -.->|"quoted by"| ${to}`);
      links.push({ uncredited: false });
    }
  });
  links.forEach((l, i) => {
    if (l.uncredited) out.push(`  linkStyle ${i} stroke:#d73a49,stroke-width:2px`);
  });
  if (p.sources.length > 0) out.push('  classDef quote fill:#f6f8fa,stroke:#8c959f,stroke-dasharray:3 3', `  class ${p.sources.map((_, i) => `q${i + 1}`).join(',')} quote`);
  out.push('```');
  return out;
}
