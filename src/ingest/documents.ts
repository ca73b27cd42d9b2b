// Reads and extracts a batch of files. A file that cannot be read or
// extracted is reported by name and skipped; the rest of the batch goes on.
import path from 'node:path';
import { readDocument } from '../read/document';
import { cleanDocument } from '../clean';
import { extractClean } from '../extract';
import { lexicons } from '../extract/lexicons';
import type { ExtractedDocument } from '../resolve/resolve';

export interface ExtractedBatch {
  documents: ExtractedDocument[];
  failures: Array<{ file: string; error: string }>;
  /** Read anyway, with a problem the user should know of (invalid bytes). */
  warnings: Array<{ file: string; warning: string }>;
}

export function extractFiles(files: string[], onFile?: (index: number, file: string) => void): ExtractedBatch {
  const batch: ExtractedBatch = { documents: [], failures: [], warnings: [] };
  lexicons(); // a broken lexicon stops the batch once, before any file
  files.forEach((file, i) => {
    onFile?.(i, file);
    try {
      const doc = readDocument(file);
      for (const warning of doc.warnings) batch.warnings.push({ file, warning });
      const clean = cleanDocument(doc.readable);
      const extraction = extractClean(doc.name, doc.original, clean);
      const title = clean.map.text.split('\n').map((l) => l.trim()).find(Boolean) ?? doc.name;
      batch.documents.push({
        extraction,
        document: { key: doc.digest, name: doc.name, path: path.resolve(file), title, date: clean.date ?? '', encoding: doc.encoding, text: doc.original },
      });
    } catch (e) {
      batch.failures.push({ file, error: (e as Error).message.replace(`${file}: `, '') });
    }
  });
  return batch;
}
