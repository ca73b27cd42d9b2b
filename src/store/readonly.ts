// A first line of defence for read-only queries: clauses that write are
// refused with a clear message before the query reaches the database (which
// is itself opened read-only, or asked for a read transaction).

const WRITE_CLAUSE = /\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|COPY|ALTER|INSTALL|LOAD|ATTACH|IMPORT|EXPORT|CHECKPOINT|FOREACH|BEGIN|COMMIT|ROLLBACK|USE)\b/i;

export function assertReadOnly(cypher: string): void {
  const withoutStrings = cypher.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, "''");
  const m = WRITE_CLAUSE.exec(withoutStrings);
  if (m) throw new Error(`query: read-only, but the query uses ${m[1].toUpperCase()}`);
  if (!cypher.trim()) throw new Error('query: empty query');
}
