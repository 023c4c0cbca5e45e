/**
 * Where the provenance graph's boxes and lines go: dagre's layered layout (the Sugiyama method:
 * ranks, crossing reduction, coordinates), left to right, boxes sized to their labels, room
 * left for each line's label. Coordinates are rounded to tenths so the page's bytes do not hang
 * on floating-point noise. (Chosen over elkjs by measurement: README, "HTML report".)
 */
import dagre from '@dagrejs/dagre';

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

export interface LayoutEdge {
  from: string;
  to: string;
  labelWidth: number;
  labelHeight: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  /** Top-left corners, in the order given. */
  nodes: (LayoutNode & Point)[];
  /** Each edge's polyline and the centre of its label, in the order given. */
  edges: { points: Point[]; label: Point }[];
}

const round = (n: number): number => Math.round(n * 10) / 10;
const MARGIN = 12;

export function layoutGraph(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], spacing = { nodes: 28, ranks: 120 }): GraphLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: spacing.nodes, ranksep: spacing.ranks, edgesep: 16, marginx: MARGIN, marginy: MARGIN });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) g.setNode(n.id, { width: n.width, height: n.height });
  edges.forEach((e, i) => g.setEdge(e.from, e.to, { width: e.labelWidth, height: e.labelHeight, labelpos: 'c' }, `e${i}`));
  dagre.layout(g);
  const graph = g.graph();
  return {
    width: round(graph.width ?? 0),
    height: round(graph.height ?? 0),
    nodes: nodes.map((n) => {
      const p = g.node(n.id);
      return { ...n, x: round(p.x - n.width / 2), y: round(p.y - n.height / 2) };
    }),
    edges: edges.map((e, i) => {
      const label = g.edge({ v: e.from, w: e.to, name: `e${i}` });
      return { points: (label.points ?? []).map((p: Point) => ({ x: round(p.x), y: round(p.y) })), label: { x: round(label.x ?? 0), y: round(label.y ?? 0) } };
    }),
  };
}
