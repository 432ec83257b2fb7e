import { svg } from './dom.js';

/** One step of a claim's chain, from the publisher out to whoever first said it. */
export interface ChainNode {
  name: string;
  /** The entity type (named-person, outlet, publisher, ...): picks the node's style. */
  kind: string;
  /** The small line above the name: type and role ("named person · British filmmaker"). */
  label: string;
  /** How the claim reached this node from the previous one (the cue: "told", "said"). */
  via?: string;
}

const WIDTH = 300;
const BOX = 42;
const GAP = 34;
const MAX_CHARS = 34;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The chain as a small vertical graph (inline SVG, styled by classes only). */
export function chainGraph(nodes: ChainNode[]): SVGElement {
  const height = nodes.length * BOX + Math.max(0, nodes.length - 1) * GAP + 4;
  const label = `Chain: ${nodes.map((n) => n.name).join(' → ')}`;
  const root = svg('svg', {
    class: 'chain-graph',
    viewBox: `0 0 ${WIDTH} ${height}`,
    role: 'img',
    'aria-label': label,
    preserveAspectRatio: 'xMidYMin meet',
  });
  root.append(
    svg('title', {}, label),
    svg(
      'defs',
      {},
      svg(
        'marker',
        {
          id: 'chain-arrow',
          viewBox: '0 0 10 10',
          refX: '9',
          refY: '5',
          markerWidth: '7',
          markerHeight: '7',
          orient: 'auto',
        },
        svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'chain-arrowhead' }),
      ),
    ),
  );
  nodes.forEach((n, i) => {
    const y = 2 + i * (BOX + GAP);
    if (i > 0) {
      const top = y - GAP;
      root.append(
        svg('line', {
          class: 'chain-edge',
          x1: '40',
          y1: String(top + 1),
          x2: '40',
          y2: String(y - 2),
          'marker-end': 'url(#chain-arrow)',
        }),
      );
      if (n.via)
        root.append(
          svg('text', { class: 'chain-via', x: '52', y: String(top + GAP / 2 + 4) }, clip(n.via, 36)),
        );
    }
    root.append(
      svg(
        'g',
        { class: `chain-node chain-${n.kind.replace(/[^a-z-]/gi, '')}` },
        svg('title', {}, `${n.label}: ${n.name}`),
        svg('rect', { x: '2', y: String(y), width: String(WIDTH - 4), height: String(BOX), rx: '8' }),
        svg('text', { class: 'chain-kind', x: '14', y: String(y + 15) }, clip(n.label, 44)),
        svg('text', { class: 'chain-name', x: '14', y: String(y + 32) }, clip(n.name, MAX_CHARS)),
      ),
    );
  });
  return root;
}
