// A node's stored properties back from its graphology attributes (the name
// is the `label` attribute there, the entity type `type`), for the formats
// that go back into a graph database.
import type { EdgeAttributes, NodeAttributes } from '../load';

export function nodeProperties(key: string, a: NodeAttributes): Record<string, unknown> {
  const { label, type: _type, ...rest } = a;
  return { key, name: label, ...rest };
}

export function edgeProperties(key: string, a: EdgeAttributes): Record<string, unknown> {
  const { type: _type, ...rest } = a;
  return { key, ...rest };
}
