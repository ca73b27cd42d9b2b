// Which keys a node table may hold, kept in memory as 30-bit hashes, so
// that a batch asks the store only about keys that are probably there.
//
// Why: during a long ingest LadybugDB's primary-key lookups grew slow as
// the tables grew (measured at 55-60k documents: 7.4 s for one batch's 17k
// Person keys, most of them new), and most of a batch's keys are new. Asking
// only about the keys a table may hold cut that lookup to the 3.6k that
// exist. A hash says "maybe" or "no": a wrong "maybe" costs one lookup that
// finds nothing, never a wrong answer. Keys of deleted nodes stay (the same
// harmless "maybe").
export class KeyFilter {
  private readonly hashes = new Set<number>();

  add(key: string): void {
    this.hashes.add(hash(key));
  }

  mayHold(key: string): boolean {
    return this.hashes.has(hash(key));
  }
}

/** FNV-1a over UTF-16 code units, cut to 30 bits (small integers: a Set holds them without boxing). */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h & 0x3fffffff;
}
