// kg export (issue 13): every entity by default, files other tools load
// whole (round trips through graphology's own parsers and a CSV parser), and
// pictures for papers: valid SVG with Chinese labels that do not overlap,
// the same bytes twice, a PNG of the asked size drawn with the bundled font.
// Loading the CSV and the Cypher script into Neo4j is in neo4j.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import Graph, { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseCsv } from 'csv-parse/sync';
import { DOMParser } from '@xmldom/xmldom';
import { PNG } from 'pngjs';
import { kg, SAMPLES, tempDir } from './helpers/run';
import { svgToPng } from '../src/export/picture/png';
import { toNeo4jCsv } from '../src/export/formats/neo4j-csv';
import type { KgGraph } from '../src/export/load';

const data = tempDir('export-store');
const out = tempDir('export-out');
const file = (name: string) => path.join(out, name);
const exportTo = (name: string, args: string[]) => {
  const res = kg(['export', '--data', data, '-q', '-o', file(name), ...args]);
  expect(res.stderr).not.toMatch(/^kg:/m);
  expect(res.code).toBe(0);
  return file(name);
};
const count = (cypher: string) => Number(JSON.parse(kg(['query', '--data', data, '--json', cypher]).stdout).n);

let stored: { entities: number; relationships: number };

beforeAll(() => {
  expect(kg(['ingest', '--data', data, '-q', SAMPLES]).code).toBe(0);
  stored = {
    entities: count("MATCH (n) WHERE label(n) <> 'Document' RETURN count(n) AS n"),
    relationships: count("MATCH ()-[r]->() WHERE label(r) <> 'MENTIONED_IN' RETURN count(r) AS n"),
  };
});

describe('files for other tools', () => {
  test('json loads with Graph.from and holds every stored entity (isolated ones too) and relationship with typed values', () => {
    const graph = Graph.from(JSON.parse(fs.readFileSync(exportTo('g.json', ['-f', 'json']), 'utf8')));
    expect(graph.order).toBe(stored.entities);
    expect(graph.size).toBe(stored.relationships);
    expect(graph.filterNodes((n) => graph.degree(n) === 0).length).toBeGreaterThan(10);
    const held = graph.findEdge((_e, a) => a.type === 'HOLDS_POSITION')!;
    expect(typeof graph.getEdgeAttribute(held, 'evidence_start')).toBe('number');
    expect(graph.getNodeAttributes(graph.findNode((_n, a) => a.label === '谢志敏')!)).toMatchObject({ type: 'Person', documents: 1 });
  });

  test('gexf 1.3 re-imported with graphology-gexf gives the same nodes, edges and attributes, plus colours, sizes and positions', () => {
    const json = Graph.from(JSON.parse(fs.readFileSync(exportTo('g2.json', ['-f', 'json']), 'utf8')));
    const text = fs.readFileSync(exportTo('g.gexf', ['-f', 'gexf']), 'utf8');
    expect(text).toMatch(/<gexf version="1.3"/);
    const gexf = parseGexf(MultiDirectedGraph, text);
    expect(gexf.order).toBe(json.order);
    expect(gexf.size).toBe(json.size);
    json.forEachNode((n, a) => {
      const { color, size, x, y, ...rest } = gexf.getNodeAttributes(n);
      expect(rest).toEqual(a);
      expect(color).toMatch(/^rgb\(\d+,\d+,\d+\)$/);
      expect([size, x, y].every((v) => typeof v === 'number')).toBe(true);
    });
    json.forEachEdge((e, a, s, t) => {
      expect(gexf.extremities(e)).toEqual([s, t]);
      const { label, ...rest } = gexf.getEdgeAttributes(e);
      expect(rest).toEqual(a);
      expect(label).toBe(a.type);
    });
  });

  test('graphml declares typed keys and parses as XML', () => {
    const text = fs.readFileSync(exportTo('g.graphml', ['-f', 'graphml']), 'utf8');
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const keys = Object.fromEntries([...doc.getElementsByTagName('key')].map((k) => [`${k.getAttribute('for')}:${k.getAttribute('attr.name')}`, k.getAttribute('attr.type')]));
    expect(keys).toMatchObject({ 'edge:evidence_start': 'long', 'edge:evidence': 'string', 'node:label': 'string' });
    expect(doc.getElementsByTagName('node').length).toBe(stored.entities);
    expect(doc.getElementsByTagName('edge').length).toBe(stored.relationships);
  });

  test('csv follows the neo4j-admin header rules, parses with a CSV parser, and every relationship end is a node', () => {
    const dir = exportTo('csv', ['-f', 'csv', '--bom']);
    const nodesText = fs.readFileSync(path.join(dir, 'nodes.csv'), 'utf8');
    expect(nodesText.startsWith('\ufeff')).toBe(true);
    const nodes = parseCsv(nodesText, { bom: true, columns: true }) as Array<Record<string, string>>;
    const rels = parseCsv(fs.readFileSync(path.join(dir, 'relationships.csv'), 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(nodes[0])).toEqual(expect.arrayContaining(['key:ID', 'name', 'aliases:string[]', ':LABEL']));
    expect(Object.keys(rels[0]).slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(Object.keys(rels[0])).toEqual(expect.arrayContaining(['evidence_start:int', 'evidence_end:int', 'evidence']));
    expect(nodes).toHaveLength(stored.entities);
    expect(rels).toHaveLength(stored.relationships);
    const ids = new Set(nodes.map((n) => n['key:ID']));
    expect(ids.size).toBe(nodes.length);
    expect(rels.every((r) => ids.has(r[':START_ID']) && ids.has(r[':END_ID']))).toBe(true);
    expect(rels.every((r) => /^\d+$/.test(r['evidence_start:int']))).toBe(true);
    const zone = nodes.find((n) => n.name === '长春市汽开区')!;
    expect(zone['aliases:string[]'].split(';')).toEqual(expect.arrayContaining(['汽开区']));
  });

  test('documents are included on request, with their provenance edges', () => {
    const graph = Graph.from(JSON.parse(fs.readFileSync(exportTo('docs.json', ['-f', 'json', '--documents']), 'utf8')));
    expect(graph.filterNodes((_n, a) => a.type === 'Document')).toHaveLength(5);
    expect(graph.filterEdges((_e, a) => a.type === 'MENTIONED_IN').length).toBeGreaterThan(stored.entities - 1);
    expect(graph.someNode((_n, a) => 'text' in a)).toBe(false);
  });

  test('filters: entity and relationship types, an ego network, the top N; output to stdout without --out', () => {
    const load = (args: string[]) => {
      const res = kg(['export', '--data', data, '-q', '-f', 'json', ...args]);
      expect(res.code).toBe(0);
      return Graph.from(JSON.parse(res.stdout));
    };
    const typed = load(['--types', 'Person,Zone', '--relationships', 'HOLDS_POSITION']);
    expect(new Set(typed.mapNodes((_n, a) => a.type))).toEqual(new Set(['Person', 'Zone']));
    expect(new Set(typed.mapEdges((_e, a) => a.type))).toEqual(new Set(['HOLDS_POSITION']));
    const ego = load(['--around', '谢志敏', '--depth', '1']);
    const centre = ego.findNode((_n, a) => a.label === '谢志敏')!;
    expect(ego.order).toBe(1 + ego.neighbors(centre).length);
    expect(ego.order).toBeGreaterThan(5);
    expect(load(['--top', '10']).order).toBe(10);
    const bad = kg(['export', '--data', data, '-f', 'json', '--types', 'Persons']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/unknown entity type Persons/);
  });
});

/** Label boxes from the SVG, measured here independently: one em per CJK character, 0.62 em otherwise. */
function labelBoxes(svg: string) {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const labels = [...doc.getElementsByTagName('g')].find((g) => g.getAttribute('class') === 'labels')!;
  return [...labels.getElementsByTagName('text')].map((t) => {
    const size = Number(t.getAttribute('font-size')), x = Number(t.getAttribute('x')), y = Number(t.getAttribute('y'));
    const text = t.textContent ?? '';
    const w = [...text].reduce((s, ch) => s + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.62), 0) * size;
    const x0 = t.getAttribute('text-anchor') === 'end' ? x - w : t.getAttribute('text-anchor') === 'middle' ? x - w / 2 : x;
    return { text, x0, x1: x0 + w, y0: y - 0.88 * size, y1: y + 0.24 * size };
  });
}

describe('pictures', () => {
  test('svg: valid XML with Chinese labels, none overlapping another, all inside the frame; byte-identical when exported again', () => {
    const svg = fs.readFileSync(exportTo('g.svg', ['-f', 'svg', '--title', '招商引资网络']), 'utf8');
    expect(fs.readFileSync(exportTo('again.svg', ['-f', 'svg', '--title', '招商引资网络']), 'utf8')).toBe(svg);
    const boxes = labelBoxes(svg);
    expect(boxes.map((b) => b.text)).toEqual(expect.arrayContaining(['谢志敏', '长春市汽开区']));
    expect(boxes.length).toBeGreaterThan(60);
    for (const b of boxes) expect(b.x0 >= 0 && b.y0 >= 0 && b.x1 <= 1600 && b.y1 <= 1200).toBe(true);
    const overlapping = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).map((b) => `${a.text}/${b.text}`));
    expect(overlapping).toEqual([]);
    expect(svg).toMatch(/<polygon points=/); // arrowheads
    expect(svg).toMatch(/class="legend"[\s\S]*人物/);
    expect(fs.readFileSync(exportTo('seed2.svg', ['-f', 'svg', '--seed', '2']), 'utf8')).not.toBe(svg);
  });

  test('png: the asked size, not blank, and the Chinese drawn with the bundled font', () => {
    const png = PNG.sync.read(fs.readFileSync(exportTo('g.png', ['-f', 'png', '--width', '800', '--height', '600', '--scale', '2'])));
    expect([png.width, png.height]).toEqual([1600, 1200]);
    // Text is near-black grey (#222); no node colour is.
    const ink = (img: PNG) => {
      let n = 0;
      for (let i = 0; i < img.data.length; i += 4) {
        const [r, g, b] = [img.data[i], img.data[i + 1], img.data[i + 2]];
        if (Math.max(r, g, b) < 110 && Math.max(r, g, b) - Math.min(r, g, b) < 16) n++;
      }
      return n / (img.width * img.height);
    };
    const coloured = (img: PNG) => { let n = 0; for (let i = 0; i < img.data.length; i += 4) if (img.data[i] < 240 || img.data[i + 1] < 240 || img.data[i + 2] < 240) n++; return n / (img.width * img.height); };
    expect(coloured(png)).toBeGreaterThan(0.02);
    // The same drawing without any font: the text (the only dark ink) disappears.
    const svg = fs.readFileSync(exportTo('small.svg', ['-f', 'svg', '--width', '800', '--height', '600']), 'utf8');
    const withFont = PNG.sync.read(svgToPng(svg, { scale: 1 })), noFont = PNG.sync.read(svgToPng(svg, { scale: 1, fontFiles: [] }));
    expect(ink(withFont)).toBeGreaterThan(0.003);
    expect(ink(noFont)).toBeLessThan(ink(withFont) / 20);
  });
});

describe('csv for spreadsheets', () => {
  test('with --bom a text cell that would start a formula is shown as text; numbers and neo4j-admin files keep their values', () => {
    const graph: KgGraph = new MultiDirectedGraph();
    graph.addNode('Company:x', { type: 'Company', label: '=HYPERLINK("http://example.com","点击")', aliases: ['@SUM(A1)', '正常名称'] } as never);
    graph.addNode('Place:y', { type: 'Place', label: '-5', aliases: [] } as never);
    graph.addEdge('Company:x', 'Place:y', { type: 'LOCATED_IN', evidence: '+cmd|calc', evidence_start: 0, evidence_end: 3 } as never);
    const spreadsheet = toNeo4jCsv(graph, { bom: true });
    const nodes = parseCsv(spreadsheet['nodes.csv'], { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(nodes[0].name).toBe(`'=HYPERLINK("http://example.com","点击")`);
    expect(nodes[0]['aliases:string[]']).toBe(`'@SUM(A1);正常名称`);
    expect(nodes[1].name).toBe('-5');
    const rels = parseCsv(spreadsheet['relationships.csv'], { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rels[0].evidence).toBe("'+cmd|calc");
    const forImport = parseCsv(toNeo4jCsv(graph)['nodes.csv'], { columns: true }) as Array<Record<string, string>>;
    expect(forImport[0].name).toBe('=HYPERLINK("http://example.com","点击")');
  });
});
