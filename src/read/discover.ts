// Finds the documents named by the command line: files as given, folders
// walked recursively for the extensions kg reads, symbolic links followed
// (each real folder once). A folder that cannot be listed is reported and
// skipped; the rest of the walk goes on.
import fs from 'node:fs';
import path from 'node:path';

export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];

export function isDocumentFile(file: string): boolean {
  return DOCUMENT_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

export type ProblemReporter = (where: string, problem: string) => void;

const toStderr: ProblemReporter = (where, problem) => process.stderr.write(`kg: ${printable(where)}: ${problem} (skipped)\n`);

/** Every document file under the given paths, sorted; throws on a path that does not exist. */
export function discoverDocuments(paths: string[], onProblem: ProblemReporter = toStderr): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) throw new Error(`${printable(p)}: no such file or folder`);
    if (stat.isDirectory()) out.push(...walk(p, seen, onProblem));
    else out.push(p);
  }
  return out;
}

function walk(dir: string, seen: Set<string>, onProblem: ProblemReporter): string[] {
  let real: string;
  let entries: fs.Dirent[];
  try {
    real = fs.realpathSync(dir);
    if (seen.has(real)) return []; // a link back into a folder already walked
    seen.add(real);
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    onProblem(dir, `cannot list this folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    return [];
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    const kind = entry.isSymbolicLink() ? linkTarget(full, onProblem) : entry;
    if (!kind) continue;
    if (kind.isDirectory()) out.push(...walk(full, seen, onProblem));
    else if (kind.isFile() && isDocumentFile(full)) out.push(full);
  }
  return out;
}

/** What a symbolic link points to, or undefined (reported) when it points nowhere or round in a loop. */
function linkTarget(link: string, onProblem: ProblemReporter): fs.Stats | undefined {
  try {
    const stat = fs.statSync(link, { throwIfNoEntry: false });
    if (!stat) onProblem(link, 'a link to nothing');
    return stat;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    onProblem(link, code === 'ELOOP' ? 'a loop of symbolic links' : `cannot follow this link (${code ?? (e as Error).message})`);
    return undefined;
  }
}

/** A name as it may be shown on a terminal: control characters (ANSI escapes among them) made visible. */
export function printable(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
