// Export formats by name: what each writes and whether it needs the laid-out
// picture (positions, colours, sizes). `kg export` and the tests look formats
// up here; adding one is adding an entry.
import type { KgGraph } from '../load';
import type { Scene } from '../picture/scene';
import { drawSvg } from '../picture/svg';
import { svgToPng } from '../picture/png';
import { toGexf } from './gexf';
import { toGraphML } from './graphml';
import { toNeo4jCsv } from './neo4j-csv';
import { toCypher } from './cypher';

export interface FormatContext { scene(): Scene; scale: number; bom: boolean }
/** One output, or several files by name (written into a folder). */
export type FormatOutput = string | Buffer | Record<string, string>;

export interface ExportFormat { description: string; write(graph: KgGraph, context: FormatContext): FormatOutput }

export const FORMATS: Record<string, ExportFormat> = {
  png: { description: 'a picture for papers (laid out, labelled, with a legend)', write: (_g, c) => svgToPng(drawSvg(c.scene()), { scale: c.scale }) },
  svg: { description: 'the same picture as vector graphics', write: (_g, c) => drawSvg(c.scene()) },
  gexf: { description: 'GEXF 1.3 for Gephi, with colours, sizes and positions', write: (g, c) => toGexf(g, c.scene()) },
  graphml: { description: 'GraphML with typed keys', write: (g) => toGraphML(g) },
  json: { description: "graphology's serialisation (Graph.from)", write: (g) => `${JSON.stringify(g.export())}\n` },
  csv: { description: 'nodes.csv and relationships.csv for neo4j-admin database import (a folder)', write: (g, c) => toNeo4jCsv(g, { bom: c.bom }) },
  cypher: { description: 'an idempotent MERGE script for cypher-shell', write: (g) => toCypher(g) },
};
