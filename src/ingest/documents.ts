// Reads and extracts one file into what resolution takes: the extraction and
// the document record (its identity is the digest of its bytes).
import path from 'node:path';
import { readDocument } from '../read/document';
import { extractDocument } from '../extract';
import type { ExtractedDocument } from '../resolve/resolve';

/** One file's outcome: its extraction and what reading found wrong, or why it was skipped. */
export type FileOutcome =
  | { file: string; extracted: ExtractedDocument; warnings: string[] }
  | { file: string; error: string };

/** An error about a file, without the file's name it may start with (the report names the file). */
export const fileError = (file: string, e: unknown) => (e as Error).message.replace(`${file}: `, '');

export function extractFile(file: string): FileOutcome {
  try {
    const doc = readDocument(file);
    const { extraction, title, date } = extractDocument(doc);
    return {
      file,
      warnings: doc.warnings,
      extracted: { extraction, document: { key: doc.digest, name: doc.name, path: path.resolve(file), title, date: date ?? '', encoding: doc.encoding, text: doc.original } },
    };
  } catch (e) {
    return { file, error: fileError(file, e) };
  }
}
