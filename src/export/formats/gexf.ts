// GEXF 1.3 for Gephi and Gephi Lite: typed attributes (lists as liststring),
// and the picture's colours, sizes and positions as viz:color, viz:size and
// viz:position, so the file opens looking like `kg export -f png`.
import { write } from 'graphology-gexf';
import type { KgGraph } from '../load';
import type { Scene } from '../picture/scene';

export function toGexf(graph: KgGraph, scene: Scene): string {
  const drawn = new Map(scene.nodes.map((n) => [n.key, n]));
  return write(graph, {
    version: '1.3',
    formatNode: (key, attributes) => {
      const { label, ...rest } = attributes;
      const n = drawn.get(key);
      // rgb(), not #hex: Gephi reads r, g, b attributes; the writer emits them for this form.
      return { label, attributes: rest, viz: n ? { color: rgb(n.color), size: round(n.r), x: round(n.x), y: round(-n.y) } : undefined };
    },
    formatEdge: (_key, attributes) => ({ label: attributes.type, attributes }),
  });
}

const round = (v: number) => Math.round(v * 100) / 100;

function rgb(hex: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? `rgb(${parseInt(m[1], 16)},${parseInt(m[2], 16)},${parseInt(m[3], 16)})` : hex;
}
