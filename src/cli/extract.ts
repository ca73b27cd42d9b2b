// kg extract PATH…: one JSON object per document on stdout (ONTOLOGY.md),
// with the document record (`document`: digest key, path, title, date,
// encoding, text) so that `kg ingest --extracted` loads the output as a
// direct ingest would: shards can be extracted anywhere and loaded here.
import type { Command } from 'commander';
import { discoverDocuments, printable } from '../read/discover';
import { fail } from './errors';

export function registerExtract(program: Command): void {
  program.command('extract')
    .description('extract entities and relations from documents; prints JSON Lines, one object per document')
    .argument('<paths...>', 'files or folders (.txt, .md, .html, .htm)')
    .action(async (paths: string[]) => {
      const files = discoverDocuments(paths);
      if (!files.length) fail(`extract: no documents under ${paths.join(', ')}`);
      const [{ extractFile }, { lexicons }] = await Promise.all([import('../ingest/documents'), import('../extract/lexicons')]); // loaded when run
      lexicons(); // a broken lexicon stops the command once, before any file
      let failed = 0;
      for (const file of files) {
        const outcome = extractFile(file);
        if ('error' in outcome) {
          failed++;
          process.stderr.write(`kg extract: ${printable(file)}: ${printable(outcome.error)}\n`);
          continue;
        }
        for (const w of outcome.warnings) process.stderr.write(`kg extract: ${printable(file)}: ${w}\n`);
        process.stdout.write(`${JSON.stringify({ ...outcome.extracted.extraction, document: outcome.extracted.document })}\n`);
      }
      if (failed) process.exitCode = 1;
    });
}
