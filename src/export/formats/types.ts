// Attribute types, inferred once per attribute name across all nodes (or
// edges), for the formats that declare them (GraphML keys, neo4j-admin headers).

export type AttributeType = 'int' | 'double' | 'boolean' | 'string' | 'string[]';

export function attributeTypes(records: Iterable<Record<string, unknown>>, skip: Set<string> = new Set()): Map<string, AttributeType> {
  const seen = new Map<string, Set<AttributeType>>();
  for (const r of records) {
    for (const [k, v] of Object.entries(r)) {
      if (skip.has(k) || v === null || v === undefined) continue;
      const t: AttributeType = Array.isArray(v) ? 'string[]' : typeof v === 'boolean' ? 'boolean' : typeof v === 'number' ? (Number.isInteger(v) ? 'int' : 'double') : 'string';
      (seen.get(k) ?? seen.set(k, new Set()).get(k)!).add(t);
    }
  }
  const out = new Map<string, AttributeType>();
  for (const [k, ts] of [...seen].sort(([a], [b]) => (a < b ? -1 : 1))) {
    out.set(k, ts.size === 1 ? [...ts][0] : ts.has('string[]') ? 'string[]' : [...ts].every((t) => t === 'int' || t === 'double') ? 'double' : 'string');
  }
  return out;
}
