// Reads and extracts a batch of files. A file that cannot be read or
// extracted is reported by name and skipped; the rest of the batch goes on.
import path from 'node:path';
import { readDocument } from '../read/document';
import { cleanDocument } from '../clean';
import { extractClean } from '../extract';
import type { DocExtraction } from '../schema/types';
import { lexicons } from '../extract/lexicons';
import type { DocumentRecord } from '../resolve/graph';

export interface ExtractedBatch {
  extractions: DocExtraction[];
  documents: DocumentRecord[];
  failures: Array<{ file: string; error: string }>;
}

export function extractFiles(files: string[], onFile?: (index: number, file: string) => void): ExtractedBatch {
  const batch: ExtractedBatch = { extractions: [], documents: [], failures: [] };
  lexicons(); // a broken lexicon stops the batch once, before any file
  const seen = new Set<string>();
  files.forEach((file, i) => {
    onFile?.(i, file);
    try {
      const doc = readDocument(file);
      if (seen.has(doc.name)) throw new Error(`another file named ${doc.name} is already in this batch (documents are identified by base name)`);
      seen.add(doc.name);
      const clean = cleanDocument(doc.readable);
      batch.extractions.push(extractClean(doc.name, doc.original, clean));
      const title = clean.map.text.split('\n').map((l) => l.trim()).find(Boolean) ?? doc.name;
      batch.documents.push({ key: doc.name, name: doc.name, path: path.resolve(file), title, date: clean.date ?? '', encoding: doc.encoding, text: doc.original });
    } catch (e) {
      batch.failures.push({ file, error: (e as Error).message.replace(`${file}: `, '') });
    }
  });
  return batch;
}
