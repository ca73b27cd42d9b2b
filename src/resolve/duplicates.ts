// Likely duplicates for a researcher to review: nodes of one type that share
// a name but were kept apart (people in different provinces or with no
// province, a short form local to each of its articles).
import { DOCUMENT_LABEL, ENTITY_TYPES, PROVENANCE_TYPE } from '../schema/ontology';
import type { GraphStore } from '../store/store';
import { ident } from '../store/schema';

export interface DuplicateGroup { label: string; name: string; nodes: Array<{ key: string; docs: number }> }

export async function likelyDuplicates(store: GraphStore): Promise<DuplicateGroup[]> {
  const groups: DuplicateGroup[] = [];
  for (const label of ENTITY_TYPES.filter((t) => t !== 'Trip')) {
    // Names held by more than one node first, then the documents of those nodes only.
    const rows = (await store.read(`MATCH (n:${ident(label)}) WITH n.name AS name, collect(n) AS nodes WHERE size(nodes) > 1 UNWIND nodes AS m `
      + `MATCH (m)-[:${ident(PROVENANCE_TYPE)}]->(d:${ident(DOCUMENT_LABEL)}) RETURN m.key AS key, name, count(d) AS docs`)).rows;
    const byName = new Map<string, DuplicateGroup>();
    for (const r of rows) {
      const name = r.name as string;
      if (!byName.has(name)) byName.set(name, { label, name, nodes: [] });
      byName.get(name)!.nodes.push({ key: r.key as string, docs: Number(r.docs) });
    }
    for (const g of byName.values()) if (g.nodes.length > 1) groups.push({ ...g, nodes: g.nodes.sort((a, b) => (a.key < b.key ? -1 : 1)) });
  }
  return groups.sort((a, b) => a.label.localeCompare(b.label) || (a.name < b.name ? -1 : 1));
}
