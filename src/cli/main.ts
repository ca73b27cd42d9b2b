// The kg command line: one subcommand per pipeline entry point.
import { Command, CommanderError } from 'commander';
import { printable } from '../read/discover';

type Register = (program: Command) => void;

/**
 * Each subcommand's module, in the order `kg --help` lists them, loaded only
 * when needed: a command loads its own module alone (loading all of them,
 * extraction's lexicons and the export formats included, took 0.15–0.2 s of
 * every `kg query` or `kg doctor`); help and unknown names load them all.
 */
const COMMANDS: Record<string, () => Register> = {
  extract: () => require('./extract').registerExtract,
  ingest: () => require('./ingest').registerIngest,
  remove: () => require('./remove').registerRemove,
  flows: () => require('./flows').registerFlows,
  investments: () => require('./investments').registerInvestments,
  query: () => require('./query').registerQuery,
  serve: () => require('./serve').registerServe,
  eval: () => require('./eval').registerEval,
  export: () => require('./export').registerExport,
  duplicates: () => require('./duplicates').registerDuplicates,
  doctor: () => require('./doctor').registerDoctor,
};

export async function main(argv: string[]): Promise<void> {
  // kg export -f cypher | head: a reader that stops reading is not an error of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); else throw e; });
  const program = new Command('kg')
    .description('knowledge graphs from Chinese regional-development news')
    .showHelpAfterError()
    .exitOverride();
  const named = Object.hasOwn(COMMANDS, argv[2]) ? [argv[2]] : Object.keys(COMMANDS);
  for (const name of named) COMMANDS[name]()(program);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) { process.exitCode = e.exitCode; return; }
    process.stderr.write(`kg: ${printable((e as Error).message)}\n`);
    process.exitCode = 1;
  }
}
