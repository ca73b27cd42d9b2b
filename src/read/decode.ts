// Turns a file's bytes into text. A byte-order mark decides first; files of
// other kinds (PDF, images, archives, Office documents) are recognised by
// their signatures and refused with their kind named; UTF-16 without a mark
// is recognised by its zero bytes; UTF-8 with a few invalid bytes stays
// UTF-8 (with replacement characters, reported) rather than being guessed as
// another encoding; only what is not UTF-8 at all goes to chardet, decoded
// with iconv-lite.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { KgError } from '../errors';

const CHINESE_FALLBACKS = new Set(['GB18030', 'GBK', 'GB2312', 'Big5', 'EUC-TW']);

/** Signatures of formats that are not text, by their first bytes. */
const SIGNATURES: Array<[string, number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['an old Office document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a WebP or other RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/** At most this share of a UTF-8 file's bytes may be invalid before it is read as another encoding. */
const INVALID_UTF8_SHARE = 0.01;

export class NotTextError extends KgError {
  constructor(kind: string) { super(`${kind}, not a text document`); }
}

export interface Decoded { text: string; encoding: string; warnings: string[] }

export function decode(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.subarray(3).toString('utf8'), encoding: 'UTF-8 (BOM)', warnings: [] };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf16le'), encoding: 'UTF-16LE', warnings: [] };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf16be'), encoding: 'UTF-16BE', warnings: [] };
  const kind = SIGNATURES.find(([, sig]) => sig.every((b, i) => buf[i] === b))?.[0];
  if (kind) throw new NotTextError(kind);
  const invalid = invalidUtf8Bytes(buf);
  if (invalid === 0) return { text: buf.toString('utf8'), encoding: 'UTF-8', warnings: [] };
  const utf16 = utf16WithoutMark(buf);
  if (utf16) return { text: iconv.decode(buf, utf16), encoding: `${utf16.toUpperCase()} (no byte-order mark)`, warnings: [] };
  if (invalid <= Math.max(16, buf.length * INVALID_UTF8_SHARE) && looksLikeUtf8(buf)) {
    return { text: buf.toString('utf8'), encoding: 'UTF-8', warnings: [`${invalid} invalid UTF-8 byte${invalid > 1 ? 's' : ''}, read as U+FFFD`] };
  }
  const detected = chardet.detect(buf) ?? 'GB18030';
  // chardet reports GB18030 for most GBK text; Big5 guesses on mainland text
  // are usually wrong, and GB18030 is a superset of GBK and GB2312.
  const encoding = CHINESE_FALLBACKS.has(detected) && detected !== 'Big5' ? 'GB18030' : detected;
  if (!iconv.encodingExists(encoding)) throw new Error(`unsupported encoding ${detected}`);
  return { text: iconv.decode(buf, encoding), encoding, warnings: [] };
}

/**
 * UTF-16 without a mark: read either way, one order gives almost only
 * Chinese, ASCII and CJK punctuation (a zero byte beside each ASCII letter;
 * none needed for Chinese), the other mostly unassigned or rare code points.
 */
function utf16WithoutMark(buf: Buffer): 'utf16le' | 'utf16be' | undefined {
  const n = Math.min(buf.length - (buf.length % 2), 8192);
  if (n < 8) return undefined;
  for (const order of ['utf16le', 'utf16be'] as const) {
    const text = iconv.decode(buf.subarray(0, n), order);
    let plain = 0;
    for (let i = 0; i < text.length; i++) if (isPlainTextUnit(text.charCodeAt(i))) plain++;
    if (plain >= text.length * 0.95) return order;
  }
  return undefined;
}

function isPlainTextUnit(c: number): boolean {
  return (c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09
    || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x2027);
}

/** The number of bytes that are not part of a valid UTF-8 sequence. */
function invalidUtf8Bytes(buf: Buffer): number {
  let bad = 0;
  for (let i = 0; i < buf.length;) {
    const b = buf[i];
    const len = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (!len) { bad++; i++; continue; }
    let ok = i + len <= buf.length;
    for (let k = 1; ok && k < len; k++) ok = buf[i + k] >> 6 === 0b10;
    if (ok) i += len; else { bad++; i++; }
  }
  return bad;
}

/** Most multi-byte text in the file is well-formed UTF-8 (three-byte CJK sequences), so it is UTF-8 with damage. */
function looksLikeUtf8(buf: Buffer): boolean {
  let sequences = 0;
  for (let i = 0; i + 2 < buf.length; i++) {
    if (buf[i] >> 4 === 0b1110 && buf[i + 1] >> 6 === 0b10 && buf[i + 2] >> 6 === 0b10) { sequences++; i += 2; }
  }
  return sequences >= 8;
}
