// Reads one document file: decoded text plus the TextMap the cleaner starts from.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { decode } from './decode';
import { htmlToTextMap } from './html';
import { TextMap } from '../clean/textmap';
import { MAX_FILE_BYTES } from '../defaults';

export interface SourceDocument {
  /** The file's base name, the `doc` of extraction output. */
  name: string;
  /** A digest of the file's bytes: the document's identity, whatever its name or folder. */
  digest: string;
  path: string;
  encoding: string;
  /** What reading found wrong but read anyway (invalid bytes), for the user to see. */
  warnings: string[];
  /** The decoded original text; evidence offsets index into it. */
  original: string;
  /** The readable text, mapped to `original`. */
  readable: TextMap;
}

/** A file's bytes, refused when empty or larger than an article can be. */
function readBytes(file: string): Buffer {
  const size = fs.statSync(file).size;
  if (size > MAX_FILE_BYTES) throw new Error(`${file}: ${Math.round(size / 1e6)} MB, larger than the ${MAX_FILE_BYTES / 1e6} MB a news article can be`);
  const bytes = fs.readFileSync(file);
  if (bytes.length === 0) throw new Error(`${file}: empty file`);
  return bytes;
}

const digestOf = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 24);

/** The document's identity without decoding it: an ingest skips a document it already holds by this. */
export function documentDigest(file: string): string {
  return digestOf(readBytes(file));
}

export function readDocument(file: string): SourceDocument {
  const bytes = readBytes(file);
  const { text, encoding, warnings } = decode(bytes);
  if (text.includes('\u0000')) throw new Error(`${file}: binary content, not a text document`);
  const isHtml = /\.html?$/i.test(file);
  return {
    name: path.basename(file),
    digest: digestOf(bytes),
    path: file,
    encoding,
    warnings,
    original: text,
    readable: isHtml ? htmlToTextMap(text) : TextMap.identity(text),
  };
}

/** A document given as text rather than a file (tests, benchmarks): read as a file of that name would be. */
export function textDocument(name: string, text: string): Pick<SourceDocument, 'name' | 'original' | 'readable'> {
  return { name, original: text, readable: /\.html?$/i.test(name) ? htmlToTextMap(text) : TextMap.identity(text) };
}
