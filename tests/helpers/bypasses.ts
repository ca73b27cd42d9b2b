// Queries that once slipped past the read-only check (issue 29): a character
// the parser cannot read stuck to a name hid the rest of the query from the
// check, and \uXXXX escapes, which Neo4j reads anywhere, spelled keywords.
// Each must be refused on both stores, before it reaches the database.
export const BYPASSES = [
  "UNWIND [1] AS i$ LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  "UNWIND [1] AS i\u180e CALL dbms.listConfig() YIELD name RETURN name",
  'MATCH (n) RETURN n AS i\u180e CREATE (x:Person {key: "bypass"})',
  "UNWIND [1] AS i$ CALL current_setting('threads') RETURN *",
  "UNWIND [1] AS i$ CALL READ_CSV_SERIAL('/etc/passwd') RETURN *",
  'RETURN 1 AS x \\u0043REATE (n:Person {key: "bypass"})',
  "RETURN '\\u0027 CREATE (n) //' AS x",
];

/** Parameters that held the server for seconds or crashed it: deep nesting. */
export const deepParameter = (depth: number) => {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = [v];
  return { p: v };
};
