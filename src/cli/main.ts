// The kg command line: one subcommand per pipeline entry point.
import { registerDuplicates } from './duplicates';
import { printable } from '../read/discover';
import { Command, CommanderError } from 'commander';
import { registerExtract } from './extract';
import { registerIngest } from './ingest';
import { registerQuery } from './query';
import { registerServe } from './serve';
import { registerEval } from './eval';
import { registerExport } from './export';
import { registerDoctor } from './doctor';
import { registerRemove } from './remove';
import { registerFlows } from './flows';
import { registerInvestments } from './investments';

export async function main(argv: string[]): Promise<void> {
  // kg export -f cypher | head: a reader that stops reading is not an error of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); else throw e; });
  const program = new Command('kg')
    .description('knowledge graphs from Chinese regional-development news')
    .showHelpAfterError()
    .exitOverride();
  registerExtract(program);
  registerIngest(program);
  registerRemove(program);
  registerFlows(program);
  registerInvestments(program);
  registerQuery(program);
  registerServe(program);
  registerEval(program);
  registerExport(program);
  registerDuplicates(program);
  registerDoctor(program);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) { process.exitCode = e.exitCode; return; }
    process.stderr.write(`kg: ${printable((e as Error).message)}\n`);
    process.exitCode = 1;
  }
}
