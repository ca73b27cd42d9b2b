// Turns a file's bytes into text, detecting the encoding with chardet and
// decoding with iconv-lite. A byte-order mark decides before detection does.
import chardet from 'chardet';
import iconv from 'iconv-lite';

const CHINESE_FALLBACKS = new Set(['GB18030', 'GBK', 'GB2312', 'Big5', 'EUC-TW']);

export interface Decoded { text: string; encoding: string }

export function decode(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.subarray(3).toString('utf8'), encoding: 'UTF-8 (BOM)' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf16le'), encoding: 'UTF-16LE' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf16be'), encoding: 'UTF-16BE' };
  if (isValidUtf8(buf)) return { text: buf.toString('utf8'), encoding: 'UTF-8' };
  const detected = chardet.detect(buf) ?? 'GB18030';
  // chardet reports GB18030 for most GBK text; Big5 guesses on mainland text
  // are usually wrong, and GB18030 is a superset of GBK and GB2312.
  const encoding = CHINESE_FALLBACKS.has(detected) && detected !== 'Big5' ? 'GB18030' : detected;
  if (!iconv.encodingExists(encoding)) throw new Error(`unsupported encoding ${detected}`);
  return { text: iconv.decode(buf, encoding), encoding };
}

function isValidUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}
