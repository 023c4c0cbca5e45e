#!/usr/bin/env node
/**
 * `npm run bench:graph-layout`: dagre (@dagrejs/dagre) against elkjs (layered) for the HTML report's
 * provenance graph, on the seeds' two graphs (from `wiretrace analyze --json`) and on a generated
 * 50-node graph (seeded, no data set). Prints, per library: bundled size (esbuild, minified),
 * load time in a fresh process (median of 11, less `node -e ''`), layout time (first call, then
 * median of 21 warm calls), and the drawing's quality: edge crossings, total edge length,
 * drawing area, overlapping nodes. Build first (`npm run build`).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The seeds' two graphs as the report draws them: who took from whom, and the quoted sources apart. */
function seedsGraphs() {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/bin/main.js'), 'analyze', '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  const result = JSON.parse(r.stdout);
  const outlet = (d) => ({ id: d.id, width: 7.4 * Math.min(26, d.outlet.name.length) + 24, height: 40 });
  const provenance = { nodes: result.documents.map(outlet), edges: result.provenance.edges.map((e) => ({ from: e.from, to: e.to })) };
  const quoting = result.documents.filter((d) => result.provenance.sources.some((s) => s.quotedBy.some((q) => q.document === d.id)));
  const quotes = { nodes: [...result.provenance.sources.map((_, i) => ({ id: `q${i}`, width: 276, height: 67 })), ...quoting.map(outlet)], edges: [] };
  result.provenance.sources.forEach((s, i) => {
    for (const d of new Set(s.quotedBy.map((q) => q.document))) quotes.edges.push({ from: `q${i}`, to: d });
  });
  return { provenance, quotes };
}

/** 50 nodes, edges mostly from earlier to later nodes (reuse flows one way), a few back: seeded. */
function generatedGraph(n = 50) {
  let s = 0x9e3779b9;
  const random = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, width: 80 + Math.floor(random() * 100), height: 40 }));
  const edges = [];
  for (let i = 1; i < n; i++) {
    const k = 1 + Math.floor(random() * 2);
    for (let j = 0; j < k; j++) edges.push({ from: `n${Math.floor(random() * i)}`, to: `n${i}` });
  }
  return { nodes, edges };
}

function layoutDagre(dagre, g) {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'LR', nodesep: 30, ranksep: 80, marginx: 10, marginy: 10 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const n of g.nodes) graph.setNode(n.id, { width: n.width, height: n.height });
  g.edges.forEach((e, i) => graph.setEdge(e.from, e.to, { width: 60, height: 16, labelpos: 'c' }, `e${i}`));
  dagre.layout(graph);
  return {
    nodes: g.nodes.map((n) => { const p = graph.node(n.id); return { x: p.x - n.width / 2, y: p.y - n.height / 2, width: n.width, height: n.height }; }),
    edges: g.edges.map((e, i) => graph.edge({ v: e.from, w: e.to, name: `e${i}` }).points),
  };
}

async function layoutElk(elk, g) {
  const out = await elk.layout({
    id: 'root',
    layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT', 'elk.spacing.nodeNode': '30', 'elk.layered.spacing.nodeNodeBetweenLayers': '80' },
    children: g.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: g.edges.map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to], labels: [{ text: '00%', width: 60, height: 16 }] })),
  });
  const byId = new Map(out.children.map((c) => [c.id, c]));
  return {
    nodes: g.nodes.map((n) => byId.get(n.id)),
    edges: out.edges.map((e) => e.sections.flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint])),
  };
}

function segmentsCross(a, b, c, d) {
  const o = (p, q, r) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
}

function quality(l) {
  const segs = l.edges.map((pts) => pts.slice(1).map((p, i) => [pts[i], p]));
  let crossings = 0;
  for (let i = 0; i < segs.length; i++)
    for (let j = i + 1; j < segs.length; j++)
      for (const [a, b] of segs[i]) for (const [c, d] of segs[j]) if (segmentsCross(a, b, c, d)) crossings++;
  const length = segs.flat().reduce((s, [a, b]) => s + Math.hypot(b.x - a.x, b.y - a.y), 0);
  const xs = l.nodes.flatMap((n) => [n.x, n.x + n.width]);
  const ys = l.nodes.flatMap((n) => [n.y, n.y + n.height]);
  let overlaps = 0;
  for (let i = 0; i < l.nodes.length; i++)
    for (let j = i + 1; j < l.nodes.length; j++) {
      const [a, b] = [l.nodes[i], l.nodes[j]];
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) overlaps++;
    }
  return { crossings, length: Math.round(length), area: `${Math.round(Math.max(...xs) - Math.min(...xs))}×${Math.round(Math.max(...ys) - Math.min(...ys))}`, overlaps };
}

async function bundledSize(entry) {
  const r = await build({ stdin: { contents: entry, resolveDir: ROOT }, bundle: true, minify: true, write: false, platform: 'node', format: 'cjs', logLevel: 'silent' });
  return r.outputFiles[0].contents.length;
}

function loadTime(code) {
  const run = (args) => { const t = process.hrtime.bigint(); spawnSync(process.execPath, args, { cwd: ROOT }); return Number(process.hrtime.bigint() - t) / 1e6; };
  const base = [], lib = [];
  for (let i = 0; i < 11; i++) { base.push(run(['-e', ''])); lib.push(run(['-e', code])); }
  return median(lib) - median(base);
}

async function timeLayout(fn) {
  let t = process.hrtime.bigint();
  await fn();
  const first = Number(process.hrtime.bigint() - t) / 1e6;
  const warm = [];
  for (let i = 0; i < 21; i++) { t = process.hrtime.bigint(); await fn(); warm.push(Number(process.hrtime.bigint() - t) / 1e6); }
  return { first, warm: median(warm) };
}

const seeds = seedsGraphs();
const graphs = { 'seeds, who took from whom': seeds.provenance, 'seeds, quoted sources': seeds.quotes, '50 nodes': generatedGraph() };
const dagre = (await import('@dagrejs/dagre')).default;
const ELK = (await import('elkjs/lib/elk.bundled.js')).default;
const elk = new ELK();
const libs = {
  dagre: { size: await bundledSize("require('@dagrejs/dagre')"), load: loadTime("require('@dagrejs/dagre')"), layout: (g) => layoutDagre(dagre, g) },
  elkjs: { size: await bundledSize("require('elkjs/lib/elk.bundled.js')"), load: loadTime("require('elkjs/lib/elk.bundled.js')"), layout: (g) => layoutElk(elk, g) },
};
for (const [name, lib] of Object.entries(libs)) {
  console.log(`${name}: bundled ${(lib.size / 1024).toFixed(0)} kB minified, load ${lib.load.toFixed(1)} ms (fresh process, median of 11, less node -e '')`);
  for (const [gname, g] of Object.entries(graphs)) {
    const t = await timeLayout(() => lib.layout(g));
    const q = quality(await lib.layout(g));
    console.log(`  ${gname.padEnd(26)} ${String(g.nodes.length).padStart(3)} nodes ${String(g.edges.length).padStart(3)} edges: first layout ${t.first.toFixed(1)} ms, warm ${t.warm.toFixed(2)} ms; crossings ${q.crossings}, edge length ${q.length}, area ${q.area}, overlapping nodes ${q.overlaps}`);
  }
}
