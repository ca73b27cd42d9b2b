// kg export: the stored graph as GEXF (Gephi), GraphML or CSV.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { write as writeGexf } from 'graphology-gexf';
import { openStore } from '../store/open';
import { loadGraph } from '../export/to-graphology';
import { toGraphML } from '../export/graphml';
import { toCsv } from '../export/csv';
import { storeOptions, type StoreFlags } from './store-flags';
import { fail } from './errors';

const FORMATS = ['gexf', 'graphml', 'csv'];

export function registerExport(program: Command): void {
  const cmd = program.command('export')
    .description('export the stored graph as GEXF, GraphML or CSV (images: the viewer\'s PNG/SVG export)')
    .requiredOption('-f, --format <format>', `one of ${FORMATS.join(', ')}`)
    .requiredOption('-o, --out <path>', 'output file (csv: a folder for nodes.csv and edges.csv)');
  storeOptions(cmd).action(async (opts: StoreFlags & { format: string; out: string }) => {
    if (!FORMATS.includes(opts.format)) fail(`export: unknown format ${opts.format}; use ${FORMATS.join(', ')}`);
    const store = await openStore({ neo4j: opts.neo4j, data: opts.data, readOnly: true });
    try {
      const graph = await loadGraph(store);
      if (opts.format === 'gexf') fs.writeFileSync(opts.out, writeGexf(graph));
      else if (opts.format === 'graphml') fs.writeFileSync(opts.out, toGraphML(graph));
      else {
        fs.mkdirSync(opts.out, { recursive: true });
        const { nodes, edges } = toCsv(graph);
        fs.writeFileSync(path.join(opts.out, 'nodes.csv'), nodes);
        fs.writeFileSync(path.join(opts.out, 'edges.csv'), edges);
      }
      process.stdout.write(`kg: wrote ${graph.order} nodes and ${graph.size} edges to ${opts.out}\n`);
    } finally {
      await store.close();
    }
  });
}
