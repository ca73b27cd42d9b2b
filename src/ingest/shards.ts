// The lines of `kg extract` shards, one at a time (a shard may be larger than memory).
import fs from 'node:fs';
import readline from 'node:readline';

export async function* shardLines(files: string[]): AsyncIterable<{ file: string; line: number; text: string }> {
  for (const file of files) {
    let line = 0;
    for await (const text of readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity })) yield { file, line: ++line, text };
  }
}
