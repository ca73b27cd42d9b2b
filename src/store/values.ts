// Plain JSON forms of graph values, the same from either backend:
// nodes, relationships and paths keyed by the `key` property kg writes.

export interface PlainNode { _kind: 'node'; key: string; label: string; properties: Record<string, unknown> }
export interface PlainRelationship { _kind: 'relationship'; key: string; type: string; source?: string; target?: string; properties: Record<string, unknown> }
export interface PlainPath { _kind: 'path'; nodes: PlainNode[]; relationships: PlainRelationship[] }
export type PlainValue = null | boolean | number | string | PlainValue[] | PlainNode | PlainRelationship | PlainPath | { [k: string]: PlainValue };

export function isPlainNode(v: unknown): v is PlainNode { return !!v && typeof v === 'object' && (v as PlainNode)._kind === 'node'; }
export function isPlainRelationship(v: unknown): v is PlainRelationship { return !!v && typeof v === 'object' && (v as PlainRelationship)._kind === 'relationship'; }
export function isPlainPath(v: unknown): v is PlainPath { return !!v && typeof v === 'object' && (v as PlainPath)._kind === 'path'; }
