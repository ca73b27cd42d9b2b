// The extraction stage: a read document in, its entities and relations with
// evidence out, in the format of ONTOLOGY.md.
import type { SourceDocument } from '../read/document';
import { cleanDocument, type CleanDocument } from '../clean';
import type { DocExtraction, Entity, Relation } from '../schema/types';
import { splitSentences } from './sentences';
import { findMentions } from './mentions';
import type { Mention } from './mentions/mention';
import { nestedMentions } from './mentions/nested';
import { groupMentions, type DocEntity } from './entities';
import { resolveReferences } from './references';
import { DocView } from './view';
import { RELATION_RULES } from './relations';
import { addProperties, statusesWhereProjectsAre, tripsOfVisitsAndMeetings } from './properties';
import type { EntityType } from '../schema/ontology';


/** What extraction gives for one document: its entities and relations, and what the Document node records. */
export interface ExtractedText {
  extraction: DocExtraction;
  /** The first line of the cleaned text (the headline), or the file name. */
  title: string;
  /** The article's own date (YYYY-MM-DD, or shorter when the text gives less), if found. */
  date?: string;
}

/** The one entry point of extraction, used by kg extract, kg eval, ingest and the tests. */
export function extractDocument(doc: Pick<SourceDocument, 'name' | 'original' | 'readable'> & { path?: string }): ExtractedText {
  const clean = cleanDocument(doc.readable, doc.path); // the path may carry the date (…/2020/0811/…)
  const title = clean.map.text.split('\n').map((l) => l.trim()).find(Boolean) ?? doc.name;
  return { extraction: extractClean(doc.name, doc.original, clean), title, date: clean.date };
}

function extractClean(name: string, original: string, clean: CleanDocument): DocExtraction {
  const sentences = splitSentences(clean.simplified);
  const { contexts, titles } = findMentions(clean.simplified, sentences);
  for (const m of nestedMentions(contexts.flatMap((c) => c.mentions))) contexts[m.sentence].mentions.push(m);
  const mentions = contexts.flatMap((c) => c.mentions);
  const written = (m: Mention) => clean.map.text.slice(m.start, m.end);
  const entities = groupMentions(mentions, written);
  const mainZone = mostMentioned(entities, 'Zone');
  const references = resolveReferences(contexts, entities, mainZone, clean.publisher);
  for (const r of references) {
    const word = clean.map.text.slice(r.start, r.end);
    if (!r.entity.aliases.includes(word) && r.entity.name !== word) r.entity.aliases.push(word);
  }
  const year = clean.date?.slice(0, 4);
  const view = new DocView(contexts, titles, entities, mainZone, references, year);
  addProperties(view, clean.date); // before the rules: INVESTS_IN carries a project's stated amount
  for (const rule of RELATION_RULES) view.run(rule);
  statusesWhereProjectsAre(view.candidates);
  tripsOfVisitsAndMeetings(view);
  return {
    doc: name,
    entities: [...entities, ...new Set(view.trips.map((t) => t.entity))].map(toEntity),
    relations: view.candidates.map((c): Relation => {
      const s = contexts[c.sentence].sentence;
      const { start, end } = clean.map.toOriginal(s.start, s.end);
      const rel: Relation = { type: c.type, source: c.source.id, target: c.target.id, evidence: { text: original.slice(start, end), start, end } };
      if (c.props) rel.props = c.props;
      return rel;
    }),
  };
}

function mostMentioned(entities: DocEntity[], type: EntityType): DocEntity | undefined {
  return entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

function toEntity(e: DocEntity): Entity {
  const out: Entity = { id: e.id, type: e.type, name: e.name };
  if (e.aliases.length) out.aliases = e.aliases;
  if (Object.keys(e.props).length) out.props = e.props;
  return out;
}
