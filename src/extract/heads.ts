// The one table of head words: the word that ends a name and gives its type
// (…仪式 an event, …项目 a project, …开发区 a zone, …商会 an organisation,
// …局 a body, …有限公司 a company), built from the lexicons. Every rule that
// asks how a name ends, or strips a company's legal ending, reads it here.
import { alternation, lexicons } from './lexicons';
import { namesSomething } from './segment';
import type { EntityType } from '../schema/ontology';

/** The types a head word gives a name. */
export type Kind = Extract<EntityType, 'Event' | 'Project' | 'Zone' | 'GovernmentBody' | 'Organization' | 'Company'>;

export interface HeadSpec { kind: Kind; weak?: boolean }

/** Kinds whose names need a word that names something before the head (not 汽车零部件项目, 专业孵化器). */
export const NEEDS_NAME_WORD = new Set<Kind>(['Zone', 'Organization', 'Project']);

let heads: { spec: Map<string, HeadSpec>; byLastChar: Map<string, string[]> } | undefined;

/** Head words of every type; weak company heads (科技, 医疗 …) need a delimiter after them. */
export function headTable() {
  if (heads) return heads;
  const lex = lexicons();
  const spec = new Map<string, HeadSpec>();
  const put = (words: string[], kind: Kind) => { for (const w of words) if (!spec.has(w)) spec.set(w, { kind, weak: kind === 'Company' && !lex.strongCompanyHeads.has(w) }); };
  put(lex.eventWords, 'Event');
  put(lex.projectWords, 'Project');
  put(lex.zoneWords, 'Zone');
  put(lex.organizationSuffixes, 'Organization');
  put(lex.governmentSuffixes, 'GovernmentBody');
  put([...lex.companySuffixes, ...lex.industryWords], 'Company');
  // Heads by their last character, the longest first: most words end in none.
  const byLastChar = new Map<string, string[]>();
  for (const w of [...spec.keys()].sort((a, b) => b.length - a.length)) byLastChar.set(w.at(-1)!, [...(byLastChar.get(w.at(-1)!) ?? []), w]);
  heads = { spec, byLastChar };
  return heads;
}

/** The longest head word that ends `text` at `end` and starts after `from`. */
export function headEndingAt(text: string, end: number, from = 0): string | undefined {
  const candidates = headTable().byLastChar.get(text[end - 1]);
  return candidates?.find((w) => end - w.length >= from && text.startsWith(w, end - w.length));
}

/** The type a name's own head word gives it, if any. */
export function typeOfHead(name: string): Kind | undefined {
  const best = headEndingAt(name, name.length, 1);
  if (!best) return undefined;
  const kind = headTable().spec.get(best)!.kind;
  // 采矿工程, 生物医药: a head after common words names a kind of work or an industry, not an entity.
  const needsName = lexicons().industryWords.has(best) || NEEDS_NAME_WORD.has(kind);
  return needsName && !namesSomething(name.slice(0, -best.length)) ? undefined : kind;
}

let legalForm: { at: RegExp; ending: RegExp; any: RegExp } | undefined;

/** Regexes of the company legal forms: at an offset (sticky), at the end of a name (with 股份, 控股), anywhere (global). */
function legalForms() {
  if (legalForm) return legalForm;
  const lex = lexicons();
  const legal = alternation(lex.companyLegalForms);
  return (legalForm = { at: new RegExp(legal, 'y'), ending: new RegExp(`(?:${alternation(lex.companyEndings)})$`), any: new RegExp(legal, 'g') });
}

/** Whether a legal form ends at `at` (有限公司|控股). */
export function legalFormEndingAt(text: string, at: number): boolean {
  return lexicons().companyLegalForms.some((form) => text.startsWith(form, at - form.length));
}

/** Whether a legal form starts at `at` (华鑫证券|有限公司): the head before it is inside a longer name. */
export function legalFormAt(text: string, at: number): boolean {
  const re = legalForms().at;
  re.lastIndex = at;
  return re.test(text);
}

/** A company's name without its legal ending or 股份/控股 (比亚迪股份有限公司 → 比亚迪), to compare two names. */
export function withoutCompanyEnding(name: string): string {
  return name.replace(legalForms().ending, '');
}

/** Where each legal form in `text` ends. */
export function legalFormEnds(text: string): number[] {
  return [...text.matchAll(legalForms().any)].map((m) => m.index! + m[0].length);
}

/** The first legal form in `text` that has more text after it, if any: its start and end. */
export function legalFormBefore(text: string): { start: number; end: number } | undefined {
  for (const m of text.matchAll(legalForms().any)) if (m.index! + m[0].length < text.length) return { start: m.index!, end: m.index! + m[0].length };
  return undefined;
}
