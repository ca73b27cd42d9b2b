// kg export: the stored graph, or the part the filters keep, as a picture
// (PNG, SVG) or a file other tools load whole (GEXF, GraphML, JSON, CSV for
// neo4j-admin, a Cypher script). Output goes to --out, or to stdout.
import fs from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { openStore } from '../store/open';
import { loadGraph } from '../export/load';
import { applyFilter, validateFilter, type GraphFilter } from '../export/filter';
import { FORMATS, type FormatOutput } from '../export/formats';
import { sceneOf } from '../export/picture/picture';
import type { Scene } from '../export/picture/scene';
import { ENTITY_TYPES, RELATION_TYPES, DOCUMENT_LABEL, PROVENANCE_TYPE } from '../schema/ontology';
import { PICTURE } from '../defaults';
import { ProgressLine } from './progress';
import { positiveNumber, wholeNumber } from './options';
import { storeOptions, type StoreFlags } from './store-flags';
import { fail } from './errors';

interface ExportFlags extends StoreFlags {
  format: string; out?: string; documents?: boolean; quiet?: boolean; bom?: boolean;
  types?: string[]; relationships?: string[]; from?: string; to?: string; around?: string; depth?: number; top?: number;
  width: number; height: number; scale: number; title?: string; background: string; lang: 'zh' | 'en'; seed: number; iterations: number; fontSize: number;
}

const list = (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean);

export function registerExport(program: Command): void {
  const cmd = program.command('export')
    .description('export the stored graph: a picture (png, svg) or a file for Gephi, graphology, Neo4j (gexf, graphml, json, csv, cypher)')
    .addOption(new Option('-f, --format <format>', Object.entries(FORMATS).map(([k, f]) => `${k}: ${f.description}`).join('; ')).choices(Object.keys(FORMATS)).makeOptionMandatory())
    .option('-o, --out <path>', 'output file (csv: a folder); stdout when not given')
    .option('--documents', 'include the documents and the entities\' MENTIONED_IN edges to them')
    .option('--types <list>', `entity types to keep, comma-separated (${ENTITY_TYPES.join(', ')})`, list)
    .option('--relationships <list>', `relationship types to keep (${RELATION_TYPES.join(', ')})`, list)
    .option('--from <yyyy-mm>', 'drop events and trips dated before this month')
    .option('--to <yyyy-mm>', 'drop events and trips dated after this month')
    .option('--around <name>', 'only the ego network of the entity with this name (or key)')
    .option('--depth <n>', 'steps from --around', wholeNumber, 1)
    .option('--top <n>', 'only the N entities with the most relationships', wholeNumber)
    .option('--width <px>', 'picture width', wholeNumber, PICTURE.width)
    .option('--height <px>', 'picture height', wholeNumber, PICTURE.height)
    .option('--scale <factor>', 'png: pixels per picture unit (2 for print)', positiveNumber, PICTURE.scale)
    .option('--title <text>', 'picture title')
    .option('--background <colour>', 'picture background', PICTURE.background)
    .addOption(new Option('--lang <lang>', 'legend language').choices(['zh', 'en']).default(PICTURE.lang))
    .option('--font-size <px>', 'label size of the best-connected entity', positiveNumber, PICTURE.fontSize)
    .option('--seed <n>', 'layout seed: the same seed gives the same picture', wholeNumber, PICTURE.seed)
    .option('--iterations <n>', 'layout steps (ForceAtlas2)', wholeNumber, PICTURE.iterations)
    .option('--bom', "csv for spreadsheets: a byte-order mark, and text cells that would start a formula (= + - @) prefixed with '")
    .option('-q, --quiet', 'no progress output');
  storeOptions(cmd).action(async (opts: ExportFlags) => {
    const filter: GraphFilter = { types: opts.types, relationships: opts.relationships, from: opts.from, to: opts.to, around: opts.around, depth: opts.depth, top: opts.top };
    validateFilter(filter, { types: [...ENTITY_TYPES, DOCUMENT_LABEL], relationships: [...RELATION_TYPES, PROVENANCE_TYPE] });
    const format = FORMATS[opts.format];
    if (opts.format === 'csv' && !opts.out) fail('export: csv writes two files (nodes.csv, relationships.csv); give --out FOLDER');
    const progress = new ProgressLine(opts.quiet);
    const store = await openStore({ neo4j: opts.neo4j, data: opts.data, readOnly: true });
    let output: FormatOutput, order: number, size: number;
    try {
      const graph = await loadGraph(store, { documents: opts.documents, progress: (d, t, what) => progress.update(d, t, `reading ${what}`) });
      applyFilter(graph, filter);
      ({ order, size } = graph);
      let scene: Scene | undefined;
      const picture = () => {
        if (!scene) {
          progress.update(0, 1, `laying out ${order} nodes`);
          scene = sceneOf(graph, opts);
          progress.update(1, 1, `laying out ${order} nodes`);
        }
        return scene;
      };
      output = format.write(graph, { scene: picture, scale: opts.scale, bom: !!opts.bom });
    } finally {
      await store.close();
    }
    progress.done();
    writeOutput(output, opts.out);
    if (opts.out) process.stderr.write(`kg export: wrote ${order} nodes and ${size} relationships to ${opts.out}\n`);
  });
}

function writeOutput(output: FormatOutput, out: string | undefined): void {
  if (typeof output === 'string' || Buffer.isBuffer(output)) {
    if (out) fs.writeFileSync(out, output);
    else process.stdout.write(output);
    return;
  }
  fs.mkdirSync(out!, { recursive: true });
  for (const [name, text] of Object.entries(output)) fs.writeFileSync(path.join(out!, name), text);
}
