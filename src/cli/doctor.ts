// kg doctor: check the embedded store and bring it back after a crash, a
// kill or a full disk, without losing committed data.
import type { Command } from 'commander';
import { storeLocation } from '../store/open';
import { fail } from './errors';

export function registerDoctor(program: Command): void {
  program.command('doctor')
    .description('check the embedded store, finish a write a crash or a full disk interrupted, and report what is wrong')
    .option('--data <dir>', 'folder of the embedded store (default: $KG_DATA or ./kg-data)')
    .option('--repair', 'if the write-ahead log is damaged, keep every transaction before the damage (the damaged log is saved beside the store)')
    .action(async (opts: { data?: string; repair?: boolean }) => {
      const { dir } = storeLocation({ data: opts.data }, { ...process.env, NEO4J_URI: undefined });
      const { examineStore } = await import('../store/doctor'); // LadybugDB's binary only when asked
      const report = await examineStore(dir!, { repair: opts.repair });
      if (report.leftovers.length) process.stdout.write(`found: ${report.leftovers.join(', ')} left by an unfinished write\n`);
      for (const r of report.repairs) process.stdout.write(`repaired: ${r}\n`);
      if (report.counts) process.stdout.write(`store: ${dir} holds ${report.counts.nodes} nodes (${report.counts.documents} documents) and ${report.counts.relationships} relationships\n`);
      if (report.problems.length) fail(`doctor: ${report.problems.join('; ')}`);
      process.stdout.write('healthy\n');
    });
}
