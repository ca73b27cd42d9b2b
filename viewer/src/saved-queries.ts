// Query history and saved queries, kept in the browser (localStorage), as
// Neo4j Browser keeps them: the last 30 queries that ran, and named ones.
const HISTORY = 'kg.history';
const SAVED = 'kg.saved';
const HISTORY_LENGTH = 30;

export interface SavedQuery { name: string; cypher: string }

function read<T>(key: string): T[] {
  try { return JSON.parse(localStorage.getItem(key) ?? '[]') as T[]; } catch { return []; }
}
function write(key: string, value: unknown): void {
  try { localStorage.setItem(key, JSON.stringify(value)); } catch { /* storage full or off: history is a convenience */ }
}

export const queryHistory = (): string[] => read<string>(HISTORY);
export function remember(cypher: string): void {
  write(HISTORY, [cypher, ...queryHistory().filter((q) => q !== cypher)].slice(0, HISTORY_LENGTH));
}

export const savedQueries = (): SavedQuery[] => read<SavedQuery>(SAVED);
export function saveQuery(name: string, cypher: string): void {
  write(SAVED, [...savedQueries().filter((q) => q.name !== name), { name, cypher }]);
}
