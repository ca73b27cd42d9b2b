// kg extract PATH…: one JSON object per document on stdout (ONTOLOGY.md).
import type { Command } from 'commander';
import { discoverDocuments, printable } from '../read/discover';
import { readDocument } from '../read/document';
import { extractDocument } from '../extract';
import { fail } from './errors';
import { lexicons } from '../extract/lexicons';

export function registerExtract(program: Command): void {
  program.command('extract')
    .description('extract entities and relations from documents; prints JSON Lines, one object per document')
    .argument('<paths...>', 'files or folders (.txt, .md, .html, .htm)')
    .action((paths: string[]) => {
      const files = discoverDocuments(paths);
      if (!files.length) fail(`extract: no documents under ${paths.join(', ')}`);
      lexicons(); // a broken lexicon stops the command once, before any file
      let failed = 0;
      for (const file of files) {
        try {
          const doc = readDocument(file);
          for (const w of doc.warnings) process.stderr.write(`kg extract: ${printable(file)}: ${w}\n`);
          process.stdout.write(`${JSON.stringify(extractDocument(doc))}\n`);
        } catch (e) {
          failed++;
          process.stderr.write(`kg extract: ${printable(file)}: ${printable((e as Error).message.replace(`${file}: `, ''))}\n`);
        }
      }
      if (failed) process.exitCode = 1;
    });
}
