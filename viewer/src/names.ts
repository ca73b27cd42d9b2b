// What the interface shows for the data, in the interface's language: type,
// relationship and property names from the ontology (the Cypher name goes
// in a tooltip), dates as 6月14日 / 14 June when the year is unknown, and
// evidence without pinyin glosses (區(qū) → 區).
import type { Meta } from './api';
import { language, type Language } from './i18n';
import { removePinyinGlosses } from '../../src/clean/pinyin';
import { TextMap } from '../../src/clean/textmap';

let ontology: Meta['ontology'] | undefined;

export function useOntology(o: Meta['ontology']): void { ontology = o; }

export const relationName = (type: string): string => ontology?.relations[type]?.[language()] ?? type;
export const typeName = (type: string): string => ontology?.entities[type]?.[language()] ?? type;
export const propertyName = (key: string): string => ontology?.properties[key]?.[language()] ?? key;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * 2023-06-14 → 2023年6月14日 / 14 June 2023; --06-14 (year unknown) → 6月14日 / 14 June;
 * 2023-06 → 2023年6月 / June 2023; anything else as it is.
 */
export function readableDate(value: string, lang: Language = language()): string {
  const m = /^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return value;
  const [, year, month, day] = m;
  const known = year !== '-';
  if (lang === 'en') return [day ? Number(day) : '', MONTHS[Number(month) - 1], known ? year : ''].filter(Boolean).join(' ');
  return `${known ? `${year}年` : ''}${Number(month)}月${day ? `${Number(day)}日` : ''}`;
}

/** A sentence as a reader wants it: the pinyin glosses some sites add are left out (the stored evidence keeps them, with its offsets). */
export const readableText = (text: string): string => removePinyinGlosses(TextMap.identity(text)).text;

const DATE_PROPERTIES = new Set(['date', 'start', 'end']);
export const readableValue = (key: string, value: unknown): string => (DATE_PROPERTIES.has(key) ? readableDate(String(value)) : String(value));
