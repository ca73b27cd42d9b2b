// Relationships of committed documents, waiting in the store folder to be
// loaded into LadybugDB.
//
// Why: LadybugDB checkpoints at every commit that COPYs into a relationship
// table, and the checkpoint costs time in proportion to what is stored
// (measured: 4–7 s a commit at 10k documents, 15 s at 30k), so committing
// each batch's relationships made an ingest quadratic. Instead, a batch
// commits its nodes and documents and leaves its relationships here as CSV
// files; the end of the ingest loads every waiting batch with one COPY per
// table, in one commit.
//
// Exactly once, across kills: a batch's documents are committed marked with
// the batch's id (PENDING_COLUMN), and the commit that loads the batch's
// files clears the mark. So a batch folder is loaded if and only if its
// documents still carry its id; a folder whose documents do not (its batch
// never committed, or was loaded before a kill removed the folder) is
// deleted unread.
import fs from 'node:fs';
import path from 'node:path';

/** The Document column that marks a document whose relationships are waiting here. */
export const PENDING_COLUMN = 'pending_load';

export interface PendingBatch {
  id: string;
  dir: string;
  /** The batch's documents (their relationships are in its files). */
  documents: string[];
  /** How many relationships its files hold. */
  rows: number;
  /** CSV files by relationship table: type, from label, to label. */
  files: Array<{ type: string; from: string; to: string; file: string }>;
}

/** The batch's documents and row count, written last: a folder without it never committed. */
const MANIFEST = 'batch.json';
/** type.from.to.csv: labels and types are identifiers (ident), so the dots are unambiguous. */
const TABLE_FILE = /^([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)\.csv$/;

export class PendingRelationships {
  readonly root: string;
  private sequence = 0;

  constructor(storeDir: string) {
    this.root = path.join(storeDir, 'pending');
  }

  /** A new batch id, sortable in the order batches were made. */
  nextId(): string {
    return `${Date.now().toString(36).padStart(9, '0')}-${process.pid}-${(this.sequence++).toString(36)}`;
  }

  /**
   * Writes a batch's relationship files and document list, flushed to disk,
   * before the batch commits: a committed batch always finds its files.
   */
  stage(id: string, documents: string[], tables: Array<{ type: string; from: string; to: string; rows: number; csv: string }>): void {
    // COPY takes file names inside quotes, without escapes.
    if (/['\\]/.test(path.resolve(this.root))) throw new Error(`store: the store folder ${path.dirname(this.root)} has a quote or backslash in its path, which LadybugDB's COPY cannot read from`);
    const dir = path.join(this.root, id);
    fs.mkdirSync(dir, { recursive: true });
    for (const t of tables) writeDurably(path.join(dir, `${t.type}.${t.from}.${t.to}.csv`), t.csv);
    writeDurably(path.join(dir, MANIFEST), JSON.stringify({ documents, rows: tables.reduce((a, t) => a + t.rows, 0) }));
  }

  /** The batches waiting, oldest first; a folder cut short before its manifest was written has no documents (its batch never committed). */
  batches(): PendingBatch[] {
    if (!fs.existsSync(this.root)) return [];
    return fs.readdirSync(this.root).sort().flatMap((id): PendingBatch[] => {
      const dir = path.join(this.root, id);
      const manifest = path.join(dir, MANIFEST);
      if (!fs.existsSync(manifest)) return [{ id, dir, documents: [], rows: 0, files: [] }];
      const files = fs.readdirSync(dir).flatMap((f) => {
        const m = TABLE_FILE.exec(f);
        return m ? [{ type: m[1], from: m[2], to: m[3], file: path.join(dir, f) }] : [];
      });
      const { documents, rows } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { documents: string[]; rows: number };
      return [{ id, dir, documents, rows, files }];
    });
  }

  waiting(): boolean {
    return fs.existsSync(this.root) && fs.readdirSync(this.root).length > 0;
  }

  /** Removes a batch's folder, and the pending folder with its last batch: nothing waiting leaves nothing behind. */
  remove(batch: PendingBatch): void {
    fs.rmSync(batch.dir, { recursive: true, force: true });
    if (fs.existsSync(this.root) && !fs.readdirSync(this.root).length) fs.rmdirSync(this.root);
  }
}

function writeDurably(file: string, text: string): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
