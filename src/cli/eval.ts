// kg eval --gold DIR PRED_OR_PATH…: scores extraction against gold files,
// per type and micro-averaged. Predictions are JSON Lines files, or
// documents/folders that are extracted on the spot.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { score, type GoldDoc, type Report, type Score } from '../eval/score';
import { discoverDocuments } from '../read/discover';
import { readDocument } from '../read/document';
import { extractDocument } from '../extract';
import type { DocExtraction } from '../schema/types';
import { fail } from './errors';

export function registerEval(program: Command): void {
  program.command('eval')
    .description('score extraction against gold annotations (precision, recall, F1 per type)')
    .requiredOption('--gold <dir>', 'folder of gold files, one JSON per document (ONTOLOGY.md shape)')
    .argument('<pred...>', 'predictions (.jsonl from kg extract) or documents/folders to extract now')
    .option('--json', 'print the report as JSON')
    .option('--verbose', 'list every miss')
    .action((pred: string[], opts: { gold: string; json?: boolean; verbose?: boolean }) => {
      const report = score(loadPredictions(pred), loadGold(opts.gold));
      if (opts.json) { process.stdout.write(`${JSON.stringify(report)}\n`); return; }
      if (opts.verbose) for (const m of report.misses) process.stdout.write(`${m}\n`);
      process.stdout.write(`${formatReport(report)}\n`);
    });
}

function loadGold(dir: string): GoldDoc[] {
  if (!fs.existsSync(dir)) fail(`eval: ${dir}: no such folder`);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (!files.length) fail(`eval: ${dir}: no gold .json files`);
  return files.map((f) => {
    try {
      const g = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as GoldDoc;
      return { ...g, doc: path.basename(g.doc) };
    } catch (e) {
      return fail(`eval: ${path.join(dir, f)}: ${(e as Error).message}`);
    }
  });
}

function loadPredictions(inputs: string[]): DocExtraction[] {
  const out: DocExtraction[] = [];
  for (const input of inputs) {
    if (input.endsWith('.jsonl') || input.endsWith('.json')) {
      fs.readFileSync(input, 'utf8').split('\n').filter((l) => l.trim()).forEach((l, i) => {
        try { const d = JSON.parse(l) as DocExtraction; out.push({ ...d, doc: path.basename(d.doc) }); } catch { fail(`eval: ${input}:${i + 1} is not JSON`); }
      });
    } else {
      for (const f of discoverDocuments([input])) out.push(extractDocument(readDocument(f)).extraction);
    }
  }
  return out;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const row = (name: string, s: Score) => `${name.padEnd(18)} P ${pct(s.p)}  R ${pct(s.r)}  F1 ${pct(s.f1)}   tp ${s.tp} fp ${s.fp} fn ${s.fn}`;

export function formatReport(r: Report): string {
  const lines = ['entities'];
  for (const [t, s] of Object.entries(r.entities)) if (t !== 'micro') lines.push(row(`  ${t}`, s));
  lines.push('relations');
  for (const [t, s] of Object.entries(r.relations)) if (t !== 'micro') lines.push(row(`  ${t}`, s));
  lines.push(row('entities micro', r.entities.micro), row('relations micro', r.relations.micro));
  return lines.join('\n');
}
