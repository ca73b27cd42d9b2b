// The shapes of extraction output (ONTOLOGY.md, "Extraction output").

export interface Evidence { text: string; start: number; end: number }

export interface Entity {
  id: string;
  type: string;
  name: string;
  aliases?: string[];
  props?: Record<string, string | number>;
}

export interface Relation {
  type: string;
  source: string;
  target: string;
  props?: Record<string, string | number>;
  evidence: Evidence;
}

export interface DocExtraction {
  doc: string;
  entities: Entity[];
  relations: Relation[];
}
