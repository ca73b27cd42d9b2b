// Finds the documents named by the command line: files as given, folders
// walked recursively for the extensions kg reads.
import fs from 'node:fs';
import path from 'node:path';

export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];

export function isDocumentFile(file: string): boolean {
  return DOCUMENT_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

/** Every document file under the given paths, sorted; throws on a path that does not exist. */
export function discoverDocuments(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) throw new Error(`${p}: no such file or folder`);
    if (stat.isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.isFile() && isDocumentFile(full)) out.push(full);
  }
  return out;
}
