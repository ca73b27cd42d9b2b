// Queries from users are checked by parsing, not by keywords: the query is
// parsed with Neo4j's openCypher parser (@neo4j-cypher/language-support),
// must be one statement with no syntax error, and may use only the grammar
// rules and functions listed in read-only-cypher.txt. Statements that touch
// files, settings or other databases (LOAD FROM, COPY, EXPORT, ATTACH,
// CHECKPOINT, CALL …) are not openCypher reads and fail here on both stores.
import fs from 'node:fs';
import path from 'node:path';
import { parseLexicon } from '../extract/lexicons';
import { CYPHER_PARSER_BUNDLE, PACKAGE_ROOT } from '../paths';
import { MAX_PARAMETER_BYTES, MAX_PARAMETER_DEPTH, MAX_QUERY_CHARS, MAX_RANGE } from '../defaults';
import { KgError } from '../errors';

/**
 * Why a query was refused, for an interface to say in its own language: a
 * code, the values its sentence names, and where in the query (a character
 * offset) the problem starts, when it is a place in the text.
 */
export interface Refusal { code: string; params?: Record<string, string | number>; offset?: number }

export class QueryRefused extends KgError {
  constructor(message: string, readonly refusal?: Refusal) { super(message, 'query'); }
}

/** A query stopped at its time limit. */
export function timeLimitRefusal(timeoutMs: number): Refusal {
  return { code: 'timeout', params: { seconds: timeoutMs / 1000 } };
}

/** The refusal LadybugDB's own error message states (its binder: a table that does not exist), if it is one kg knows. */
export function refusalOfStoreMessage(message: string): Refusal | undefined {
  const table = /Table (\S+) does not exist/.exec(message);
  return table ? { code: 'unknown-name', params: { name: table[1] } } : undefined;
}

interface Tree { name: string; children?: Tree[]; start?: number; stop?: number }

let allowed: { rules: Set<string>; functions: Set<string> } | undefined;

/** The parser (its build-time bundle, cypher-parser.ts), loaded on the first user query: an ingest or export never needs it. */
let parser: typeof import('./cypher-parser') | undefined;
const cypherParser = () => (parser ??= require(CYPHER_PARSER_BUNDLE) as typeof import('./cypher-parser'));

/** Loads the parser now (the server calls this once it listens, so the first user's query does not wait for it). */
export function preloadQueryCheck(): void {
  cypherParser();
  allowlist();
}

function allowlist() {
  if (allowed) return allowed;
  const file = 'read-only-cypher.txt';
  const list = parseLexicon(file, fs.readFileSync(path.join(PACKAGE_ROOT, 'src', 'store', file), 'utf8'));
  return (allowed = { rules: new Set(list.sections.rules), functions: new Set(list.sections.functions.map((f) => f.toLowerCase())) });
}

/**
 * Throws QueryRefused unless the query is one reading statement built from
 * allowed rules and functions, and its parameters are plain JSON values of
 * bounded depth and size. Returns what the parse tells about the result: its
 * columns as the query writes them.
 */
export function checkReadQuery(cypher: string, params: Record<string, unknown> = {}): { columns?: string[] } {
  checkParameters(params);
  if (!cypher.trim()) throw new QueryRefused('empty query', { code: 'empty' });
  if (cypher.length > MAX_QUERY_CHARS) throw new QueryRefused(`the query is ${cypher.length} characters long; at most ${MAX_QUERY_CHARS} are read (pass long values as parameters)`, { code: 'too-long', params: { length: cypher.length, max: MAX_QUERY_CHARS } });
  // Neo4j reads \uXXXX escapes anywhere in a query, keywords included, where this parser reads them only inside strings.
  if (/\\u/i.test(cypher)) throw new QueryRefused('a \\u escape in the query: pass such a value as a parameter', { code: 'escape', offset: cypher.search(/\\u/i) });
  const { tree, syntaxError } = parseTree(cypher);
  if (syntaxError?.near === '<EOF>') throw new QueryRefused('not a read-only openCypher query: it ends too early', { code: 'syntax-end', offset: syntaxError.offset });
  if (syntaxError) throw new QueryRefused(`not a read-only openCypher query: Invalid input '${syntaxError.near}'`, { code: 'syntax', params: { near: syntaxError.near }, offset: syntaxError.offset });
  // The tree silently stops at a character the lexer cannot read: what the database would run must be all of what was checked.
  const unread = unreadRest(cypher, leaves(tree));
  // A statement may end in one semicolon, as cypher-shell's do; a second statement after it may not come.
  if (unread && /^\s*;\s*\S/.test(unread)) throw new QueryRefused('one statement at a time', { code: 'one-statement', offset: cypher.length - unread.length });
  if (unread && !/^\s*;\s*$/.test(unread)) throw new QueryRefused(`cannot read the query from ${JSON.stringify(unread.slice(0, 20))} on`, { code: 'unread', params: { near: unread.slice(0, 20) }, offset: cypher.length - unread.length });
  let statements = 0;
  walk(tree, (node) => {
    if (node.name === 'statement') statements++;
    if (!allowlist().rules.has(node.name)) throw new QueryRefused(`read-only: ${describe(node)} is not allowed`, { code: 'not-allowed', params: { what: describe(node) }, offset: node.start });
    if (node.name === 'functionName') {
      const fn = leaves(node).join('').toLowerCase();
      if (!allowlist().functions.has(fn)) throw new QueryRefused(`read-only: the function ${fn}() is not allowed`, { code: 'function', params: { name: fn }, offset: node.start });
    }
    if (node.name === 'functionInvocation') checkRange(leaves(node).join(''));
  });
  if (statements !== 1) throw new QueryRefused('one statement at a time', { code: 'one-statement' });
  return { columns: columnsAsWritten(cypher, tree) };
}

interface ParseNode {
  ruleIndex?: number; children?: ParseNode[] | null; start?: { start: number }; stop?: { stop: number } | null;
  /** Where ANTLR's error recovery gave up on a rule: the token it could not take. */
  exception?: { offendingToken?: { start: number; text: string } } | null;
  getText(): string;
}

interface Parsed { tree: Tree; syntaxError?: { near: string; offset: number } }

/**
 * The parse tree as rule names (with their character span) and terminal
 * texts (what the allowlist names), under one 'topNode', and the first
 * syntax error: the token where the parser's error recovery stepped in. (The
 * package's lintCypherQuery says the same after a semantic analysis that
 * costs 300 ms at first use, which kg does not need: the database does it.)
 */
function parseTree(cypher: string): Parsed {
  const { parse, CypherParser } = cypherParser();
  const ruleNames = (CypherParser as unknown as { ruleNames: string[] }).ruleNames;
  let syntaxError: Parsed['syntaxError'];
  const walkNode = (node: ParseNode): Tree => {
    if (node.ruleIndex === undefined) return { name: node.getText() };
    const token = node.exception?.offendingToken;
    if (token && !syntaxError) syntaxError = { near: token.text, offset: token.start };
    return { name: ruleNames[node.ruleIndex], children: (node.children ?? []).map(walkNode), start: node.start?.start, stop: node.stop?.stop };
  };
  const tree = { name: 'topNode', children: (parse(cypher) as unknown as ParseNode[]).map(walkNode) };
  return { tree, syntaxError };
}

/**
 * The query's result columns as written (count(n), p.name, or the alias after
 * AS), as Neo4j names them; LadybugDB names them its own way (COUNT(n._ID)).
 * Undefined for RETURN *.
 */
function columnsAsWritten(cypher: string, tree: Tree): string[] | undefined {
  let returned: Tree | undefined;
  walk(tree, (node) => { if (node.name === 'returnClause') returned = node; });
  const items: Tree[] = [];
  if (returned) walk(returned, (node) => { if (node.name === 'returnItem') items.push(node); });
  if (!items.length) return undefined;
  return items.map((item) => {
    const alias = item.children?.find((c) => c.name === 'variable');
    const named = alias ?? item.children?.[0];
    return named?.start !== undefined && named.stop !== undefined ? cypher.slice(named.start, named.stop + 1) : '';
  });
}

/**
 * range() builds its whole list in one step that neither database's time
 * limit interrupts (range(1, 2000000000) exhausted either's memory): it is
 * allowed with integer literals only, for at most MAX_RANGE items.
 */
function checkRange(call: string): void {
  if (!/^range\(/i.test(call)) return;
  const m = /^range\((-?\d+),(-?\d+)(?:,(-?[1-9]\d*))?\)$/i.exec(call);
  if (!m) throw new QueryRefused('range() takes integer literals here (range(1, 100)), not expressions or parameters');
  const [from, to, step = 1] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 1)];
  if ((to - from) / step + 1 > MAX_RANGE) throw new QueryRefused(`range() may give at most ${MAX_RANGE} numbers`);
}

/** Parameters as JSON would carry them, nested at most MAX_PARAMETER_DEPTH deep (checked without recursion: a deep value is what is refused). */
function checkParameters(params: Record<string, unknown>): void {
  let size = 0;
  const count = (chars: number) => {
    if ((size += chars) > MAX_PARAMETER_BYTES) throw new QueryRefused(`parameters larger than ${MAX_PARAMETER_BYTES} characters`);
  };
  const stack: Array<[unknown, number]> = [[params, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) { count(String(value).length); continue; }
    if (typeof value !== 'object') throw new QueryRefused(`a parameter holds a ${typeof value}, which JSON has no form for`);
    if (depth >= MAX_PARAMETER_DEPTH) throw new QueryRefused(`parameters nested more than ${MAX_PARAMETER_DEPTH} deep`);
    const entries = Array.isArray(value) ? value.map((v) => ['', v] as const) : Object.entries(value as object);
    for (const [k, v] of entries) { count(k.length + 1); stack.push([v, depth + 1]); }
  }
}

/** Blanks and comments between tokens: anything else the tokens do not cover was not parsed. */
const BETWEEN_TOKENS = /(?:[ \t\r\n\f\v\u00a0\u3000]+|\/\/[^\r\n]*|\/\*[\s\S]*?\*\/)*/y;

/** The text after the last token the parse tree holds, or before a token it does not find in place; '' when the tree covers all of it. */
function unreadRest(cypher: string, tokens: string[]): string {
  let at = 0;
  const skip = () => { BETWEEN_TOKENS.lastIndex = at; at += BETWEEN_TOKENS.exec(cypher)![0].length; };
  for (const token of tokens) {
    if (token === '<EOF>') continue;
    skip();
    if (!cypher.startsWith(token, at)) return cypher.slice(at) || ' ';
    at += token.length;
  }
  skip();
  return cypher.slice(at);
}

function walk(node: Tree, visit: (n: Tree) => void): void {
  if (!node.children?.length) return; // a token
  visit(node);
  for (const c of node.children) walk(c, visit);
}

/** The tokens under a rule (an empty rule, such as a function's missing namespace, has none). */
function leaves(node: Tree): string[] {
  if (node.children?.length) return node.children.flatMap(leaves);
  return EMPTY_RULES.has(node.name) ? [] : [node.name];
}

const EMPTY_RULES = new Set(['namespace']);

/** createClause → CREATE: the clause a rule stands for, in words a user knows. */
function describe(node: Tree): string {
  const first = leaves(node)[0];
  return /Clause$|Command$/.test(node.name) && first && /^[A-Z]/.test(first) ? first.toUpperCase() : node.name.replace(/([A-Z])/g, ' $1').toLowerCase();
}
