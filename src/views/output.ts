// How the research views leave the command line: a table to read, CSV or
// JSON to analyse, or a picture (SVG, PNG with the bundled CJK font) for a
// paper; to --out or stdout.
import fs from 'node:fs';
import { formatTable } from '../cli/table';
import { table as csvTable } from '../export/formats/neo4j-csv';
import type { PlainValue } from '../store/values';

export const VIEW_FORMATS = ['table', 'csv', 'json', 'svg', 'png'] as const;
export type ViewFormat = (typeof VIEW_FORMATS)[number];

export interface ViewOutput {
  format: ViewFormat;
  out?: string;
  columns: string[];
  /** The rows as JSON objects (what --format json prints as one array). */
  rows: Array<Record<string, unknown>>;
  /** The picture, drawn only when asked for. */
  svg: () => Promise<string>;
  scale: number;
}

export async function writeView(view: ViewOutput): Promise<void> {
  const data = await render(view);
  if (view.out) fs.writeFileSync(view.out, data);
  else process.stdout.write(data);
}

async function render(view: ViewOutput): Promise<string | Buffer> {
  const cells = (r: Record<string, unknown>) => view.columns.map((c) => (Array.isArray(r[c]) ? (r[c] as unknown[]).join('、') : r[c]));
  switch (view.format) {
    case 'json': return `${JSON.stringify(view.rows, null, 1)}\n`;
    case 'csv': return csvTable(view.columns, view.rows.map(cells), false);
    case 'table': return `${formatTable(view.columns, view.rows.map((r) => Object.fromEntries(view.columns.map((c, i) => [c, (cells(r)[i] ?? null) as PlainValue]))))}\n`;
    case 'svg': return view.svg();
    case 'png': {
      const { svgToPng } = await import('../export/picture/png');
      return svgToPng(await view.svg(), { scale: view.scale });
    }
  }
}
