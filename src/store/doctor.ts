// kg doctor's work on the embedded store: finish what a crash, a kill or a
// full disk left half done, check that what is stored hangs together, and
// fold the write-ahead log into the database file. Nothing committed is
// dropped: a damaged log is replayed up to its damage only when asked
// (--repair), and is kept beside the store for inspection.
import fs from 'node:fs';
import path from 'node:path';
import { DOCUMENT_LABEL, PROVENANCE_TYPE } from '../schema/ontology';
import { LadybugStore, databaseFile } from './ladybug';
import { StoreDamaged } from './store';
import { PENDING_COLUMN, PendingRelationships } from './pending';
import { checkSeal } from './seal';

export interface DoctorReport {
  /** Files a write left unfinished, found before opening. */
  leftovers: string[];
  /** What was done to bring the store back. */
  repairs: string[];
  /** What is still wrong; empty when the store is healthy. */
  problems: string[];
  counts?: { nodes: number; relationships: number; documents: number };
}

/** LadybugDB's companions of the database file while a write or a checkpoint is unfinished. */
const COMPANIONS = ['.wal', '.shadow', '.wal.checkpoint'];

export async function examineStore(dir: string, options: { repair?: boolean; now?: Date } = {}): Promise<DoctorReport> {
  const file = databaseFile(dir);
  const report: DoctorReport = { leftovers: [], repairs: [], problems: [] };
  if (!fs.statSync(file, { throwIfNoEntry: false })?.size) {
    report.problems.push(`no graph in ${dir} (missing or empty graph.lbug); run \`kg ingest\` first`);
    return report;
  }
  report.leftovers = COMPANIONS.map((c) => file + c).filter((f) => fs.existsSync(f)).map((f) => path.basename(f));
  // LadybugDB checks its log, not the database file's pages: kg's seal does (seal.ts). Opening a changed file could crash or return wrong values.
  if (!report.leftovers.length && checkSeal(file) === 'changed') {
    report.problems.push(`graph.lbug in ${dir} is not the file kg last wrote (its size or SHA-256 differ): it was damaged or changed outside kg, and what it returns cannot be trusted; ingest the documents again into a new store`);
    return report;
  }
  if (new PendingRelationships(dir).waiting()) report.leftovers.push('pending/ (relationships of an ingest that did not finish)');
  const store = await openForRepair(dir, report, options);
  if (!store) return report;
  try {
    const loaded = await store.finishLoad();
    if (loaded) report.repairs.push(`loaded the relationships of ${loaded} documents that an interrupted ingest had committed`);
    report.problems.push(...(await inconsistencies(store)));
    report.counts = await countsOf(store);
    await store.checkpoint(); // the log folded into the database file: a later read-only open needs no recovery
  } finally {
    await store.close();
  }
  if (report.leftovers.length && !report.repairs.length) report.repairs.push(`finished the interrupted write (${report.leftovers.join(', ')}): the log is replayed and checkpointed`);
  return report;
}

/** Opens for writing (which replays the log); a damaged log is replayed up to its damage only with repair. */
async function openForRepair(dir: string, report: DoctorReport, options: { repair?: boolean; now?: Date }): Promise<LadybugStore | undefined> {
  try {
    const store = new LadybugStore({ dir });
    await store.open();
    return store;
  } catch (e) {
    if (!(e instanceof StoreDamaged) || !options.repair) {
      report.problems.push((e as Error).message);
      return undefined;
    }
  }
  const log = `${databaseFile(dir)}.wal`;
  const kept = `${log}.damaged-${(options.now ?? new Date()).toISOString().replace(/[:.]/g, '-')}`;
  fs.copyFileSync(log, kept);
  const store = new LadybugStore({ dir, lenientRecovery: true });
  await store.open();
  report.repairs.push(`replayed the write-ahead log up to its damage; every transaction before it is kept, the damaged log is saved as ${path.basename(kept)}`);
  return store;
}

async function inconsistencies(store: LadybugStore): Promise<string[]> {
  const problems: string[] = [];
  const docs = new Set((await store.read(`MATCH (d:${DOCUMENT_LABEL}) RETURN d.key AS key`)).rows.map((r) => r.key as string));
  const orphans = await store.read(`MATCH ()-[r]->() WHERE label(r) <> $provenance AND NOT r.doc IN $docs RETURN count(r) AS n`, { provenance: PROVENANCE_TYPE, docs: [...docs] });
  const n = Number(orphans.rows[0]?.n ?? 0);
  if (n) problems.push(`${n} relationships cite a document the store does not hold`);
  const unloaded = await store.read(`MATCH (d:${DOCUMENT_LABEL}) WHERE d.${PENDING_COLUMN} IS NOT NULL RETURN count(d) AS n`);
  const u = Number(unloaded.rows[0]?.n ?? 0);
  if (u) problems.push(`${u} documents are missing their relationships (the files waiting in pending/ are gone); \`kg remove\` them and ingest them again`);
  const nameless = await store.read(`MATCH (n) WHERE label(n) <> $document AND (n.name IS NULL OR n.name = '') RETURN count(n) AS n`, { document: DOCUMENT_LABEL });
  const m = Number(nameless.rows[0]?.n ?? 0);
  if (m) problems.push(`${m} entities have no name`);
  return problems;
}

async function countsOf(store: LadybugStore): Promise<{ nodes: number; relationships: number; documents: number }> {
  const { nodes, relationships } = await store.counts();
  const d = await store.read(`MATCH (d:${DOCUMENT_LABEL}) RETURN count(d) AS n`);
  return { nodes, relationships, documents: Number(d.rows[0]?.n ?? 0) };
}
