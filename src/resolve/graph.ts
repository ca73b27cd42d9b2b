// The resolved graph: one node per real entity across documents, one
// relationship per relation and document, Document nodes for provenance.
// This is what every store writes and every exporter reads.

export type Props = Record<string, string | number>;

export interface GraphNode {
  key: string;
  label: string;
  name: string;
  aliases: string[];
  props: Props;
  /** Names of the documents that mention it. */
  docs: string[];
}

export interface GraphRelationship {
  key: string;
  type: string;
  source: string;
  target: string;
  props: Props;
  doc: string;
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
}

export interface DocumentRecord {
  key: string;
  name: string;
  path: string;
  title: string;
  date: string;
  encoding: string;
  text: string;
}

export interface ResolvedGraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  documents: DocumentRecord[];
  /** Stored documents this graph replaces (the same path with older content): their facts go in the same write. */
  replaces?: string[];
}
