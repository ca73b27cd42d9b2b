// A synthetic graph shaped like the product's own for the benchmarks: entity
// types in the proportions of regional-development news, relationship types
// allowed by schema/ontology.json, and degrees from preferential attachment
// (a few zones and companies with many ties, most entities with one or two).
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ontology = JSON.parse(fs.readFileSync(path.join(root, 'schema', 'ontology.json'), 'utf8'));

const SHARE = { Company: 0.36, Person: 0.2, Project: 0.16, GovernmentBody: 0.07, Zone: 0.06, Organization: 0.06, Place: 0.04, Event: 0.03, Trip: 0.02 };
const NAMES = { Company: '公司', Person: '人物', Project: '项目', GovernmentBody: '局', Zone: '开发区', Organization: '协会', Place: '市', Event: '推介会', Trip: '考察' };
export const SYNTHETIC_DOC = 'synthetic.txt';

/** Deterministic pseudo-random numbers (mulberry32), so runs compare. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A ResolvedGraph (src/resolve/graph.ts) of `nodeCount` entities and `edgeCount` relationships. */
export function syntheticGraph(nodeCount, edgeCount, seed = 1) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const nodes = [];
  const byType = {};
  for (const [type, share] of Object.entries(SHARE)) {
    byType[type] = [];
    const n = Math.max(1, Math.round(share * nodeCount));
    for (let i = 0; i < n && nodes.length < nodeCount; i++) {
      const key = `${type}:s${nodes.length}`;
      nodes.push({ key, label: type, name: `${NAMES[type]}${nodes.length}`, aliases: [], props: {}, docs: [SYNTHETIC_DOC] });
      byType[type].push(key);
    }
  }
  // Endpoints drawn from the keys of earlier relationships as often as from
  // all keys: a node's chance to gain a tie grows with the ties it has.
  const endpointsByType = Object.fromEntries(Object.keys(byType).map((t) => [t, []]));
  const end = (types) => {
    const type = pick(types.filter((t) => byType[t]?.length));
    const seen = endpointsByType[type];
    const key = seen.length && rand() < 0.5 ? pick(seen) : pick(byType[type]);
    seen.push(key);
    return key;
  };
  const relations = Object.entries(ontology.relations);
  const relationships = [];
  for (let i = 0; i < edgeCount; i++) {
    const [type, spec] = pick(relations);
    const source = end(spec.from), target = end(spec.to);
    relationships.push({
      key: `s${i}`, type, source, target, props: {}, doc: SYNTHETIC_DOC,
      evidence: '双方签订合作协议。', evidenceStart: 0, evidenceEnd: 9,
    });
  }
  const documents = [{ key: SYNTHETIC_DOC, name: SYNTHETIC_DOC, path: '', title: '', date: '', encoding: 'UTF-8', text: '双方签订合作协议。' }];
  return { nodes, relationships, documents };
}
