// Loads the lexicon files of ./lexicons: whitespace-separated words, '#'
// comments, optional '@tag' lines that start a tagged section (it runs to
// the next tag; the words before any tag are the list's main words). Loading
// validates them: a word twice in one list, or in two lists that must not
// share words, is an error naming the file and line.
import fs from 'node:fs';
import path from 'node:path';
import { LEXICON_DIR } from '../paths';
import { loadDivisions } from './divisions';
import { derived } from './derived-cache';
import { KgError } from '../errors';
import { isEntityType, type EntityType } from '../schema/ontology';
import { EndingIndex, PhraseIndex } from './phrases';

export class LexiconError extends KgError {
  constructor(message: string) { super(message, 'lexicons'); }
}

interface Entry { word: string; file: string; line: number; section: string }

export interface WordList { words: string[]; sections: Record<string, string[]>; entries: Entry[] }

export function parseLexicon(file: string, text: string): WordList {
  const sections: Record<string, string[]> = {};
  const words: string[] = [];
  const entries: Entry[] = [];
  const where = new Map<string, number>();
  let target = words, section = '';
  for (const [n, raw] of text.split('\n').entries()) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    let rest = line;
    // A tagged section runs from its @tag to the next one.
    const tag = /^@(\S+)\s*(.*)$/.exec(line);
    if (tag) { section = tag[1]; target = sections[section] ??= []; rest = tag[2]; }
    for (const word of rest.split(/\s+/).filter(Boolean)) {
      const key = `${section}\u0000${word}`;
      if (where.has(key)) throw new LexiconError(`${file}:${n + 1}: "${word}" is already listed on line ${where.get(key)}`);
      where.set(key, n + 1);
      target.push(word);
      entries.push({ word, file, line: n + 1, section });
    }
  }
  return { words, sections, entries };
}

const lists = new Map<string, WordList>();

/** A lexicon file by its name (without .txt), read once. */
export function loadWordList(name: string): WordList {
  let list = lists.get(name);
  if (!list) {
    const file = `${name}.txt`;
    if (!fs.existsSync(path.join(LEXICON_DIR, file))) throw new LexiconError(`no word list ${file}`);
    lists.set(name, (list = parseLexicon(file, fs.readFileSync(path.join(LEXICON_DIR, file), 'utf8'))));
  }
  return list;
}

const load = loadWordList;

/** Lists whose words must be disjoint: a word that is both would be read two ways. */
export function checkDisjoint(lists: WordList[]): void {
  const seen = new Map<string, Entry>();
  for (const list of lists) {
    for (const e of list.entries) {
      const other = seen.get(e.word);
      if (other && other.file !== e.file) throw new LexiconError(`${e.file}:${e.line}: "${e.word}" is also in ${other.file}:${other.line}`);
      if (!other) seen.set(e.word, e);
    }
  }
}

/** A regex matching any of the words, longest first. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A tagged section of a lexicon that the code relies on. */
function section(list: WordList, name: string): string[] {
  const words = list.sections[name];
  if (!words) throw new LexiconError(`${list.entries[0]?.file ?? 'a lexicon'}: no @${name} section`);
  return words;
}

function build() {
  const projectWords = load('project-words');
  const zoneWords = load('zone-words');
  const eventWords = load('event-words');
  const references = load('references');
  const companySuffixes = load('company-suffixes');
  const organizationSuffixes = load('organization-suffixes');
  const governmentSuffixes = load('government-suffixes');
  const titles = load('titles');
  const triggers = load('triggers');
  const organs = load('organs');
  const companyHeads = COMPANY_HEAD_SECTIONS.flatMap((name) => (name ? section(companySuffixes, name) : companySuffixes.words));
  const facilityWords = section(projectWords, 'facility');
  const afterInvestmentWords = section(projectWords, 'after-investment');
  // A head word decides a type: it may not belong to two types.
  checkDisjoint([eventWords, projectWords, zoneWords, organizationSuffixes, governmentSuffixes].map(mainWords).concat(headsOf(companySuffixes, COMPANY_HEAD_SECTIONS)));
  const notPlacesList = load('not-places');
  const notPlaces = { shortForms: new Set(notPlacesList.words), never: new Set(section(notPlacesList, 'never')) };
  const divisions = derived('divisions', () => loadDivisions(load('regions').words, notPlaces, load('taiwan-divisions').words, pairs(section(load('regions'), 'short-designations'))));
  return {
    surnames: new Set(load('surnames').words),
    /** Characters a given name does not hold (的, 在, 和 …). */
    notInName: new Set(section(load('surnames'), 'not-in-name')),
    /** Parts of Tibetan names, which have no surname (达娃|次仁). */
    tibetanNameParts: new Set(section(load('surnames'), 'tibetan-name-part')),
    mongolianNameParts: new Set(section(load('surnames'), 'mongolian-name-part')),
    mongolianNameEnds: new Set(section(load('surnames'), 'mongolian-name-end')),
    tibetanNameEnds: new Set(section(load('surnames'), 'tibetan-name-end')),
    /** Of those, the ones that also end given names (王国和): before punctuation only. */
    nameEnds: new Set(section(load('surnames'), 'name-end')),
    /** Marks before a title that leave it whole: 代县长, 兼党工委书记. */
    actingMarks: new Set(section(titles, 'acting')),
    titles: titles.words,
    /** The titles as a set, by first character (what starts at an offset) and by last (what a word ends in). */
    titleSet: new Set(titles.words),
    /** Titles only a firm gives (董事长, 总裁, CEO): the name right before the first of them is a firm's. */
    corporateTitles: new Set(section(titles, 'corporate')),
    titleStarts: new PhraseIndex(titles.words),
    titleEndings: new EndingIndex(titles.words),
    /** Words that name a group of officials before a list of names: 区领导, 市领导. */
    collectiveHeads: section(titles, 'collective'),
    /** Every company head: legal forms, holdings, strong heads and the words that end a name only before a delimiter. */
    companySuffixes: companyHeads,
    /** What a firm's name may end in, heads and industries (德福|科技, 中科九峰|智慧医疗科技). */
    companyHeadEndings: new EndingIndex([...companyHeads, ...section(companySuffixes, 'industry')]),
    /** Legal forms (有限公司, 集团): strong heads, and dropped when names are compared. */
    companyLegalForms: section(companySuffixes, 'legal'),
    nationalPrefixes: section(companySuffixes, 'national'),
    /** A multinational's arm in China after its brand (博世|中国), longest first. */
    nationalArms: section(companySuffixes, 'national-arm').sort((a, b) => b.length - a.length),
    /** Words that make a firm's name a group's (集团). */
    companyGroupWords: section(companySuffixes, 'group'),
    /** What is dropped from a company's name to compare it with another: legal forms and 股份, 控股. */
    companyEndings: [...section(companySuffixes, 'legal'), ...section(companySuffixes, 'holding')],
    /** Company heads that need no delimiter after them. */
    strongCompanyHeads: new Set([...section(companySuffixes, 'legal'), ...section(companySuffixes, 'strong')]),
    industryWords: new Set(companySuffixes.sections['industry'] ?? []),
    /** Verbs of trade that end a firm's name before its legal form (中国电力建设集团). */
    wordsBeforeCompanyHeads: new Set(section(companySuffixes, 'before-head')),
    /** Words of a line of business that may follow those before the legal form (建设|投资|集团, 联合|科技): the section's and the heads that need a delimiter. */
    businessLineWords: new Set([...section(companySuffixes, 'business-line'), ...companySuffixes.words]),
    organizationSuffixes: organizationSuffixes.words,
    /** General words that may stand inside an organisation's name (浙江企业商会). */
    wordsInsideOrganizations: new Set(section(organizationSuffixes, 'inside')),
    conjunctionsInsideOrganizations: new Set(section(organizationSuffixes, 'conjunctions')),
    /** Organisations named by their head alone (工商联, 总工会): the local one. */
    bareOrganizations: new Set(section(organizationSuffixes, 'bare')),
    governmentSuffixes: governmentSuffixes.words,
    /** Organs that, named by their head alone, are no one body (办公室, 管委会). */
    organsNotAlone: new Set(section(governmentSuffixes, 'not-alone')),
    /** Heads that need a name before them, not common words (合作部 is a company's department). */
    headsNeedingName: new Set(section(governmentSuffixes, 'needs-name')),
    /** One-character heads that may be a word of their own (社会发展/司). */
    loneHeads: new Set(section(governmentSuffixes, 'lone')),
    zoneWords: zoneWords.words,
    bareZoneWords: new Set(section(zoneWords, 'bare')),
    /** Designations of administrative zones: one word before them is the zone's name (屈原管理区). */
    administrativeZoneWords: new Set(section(zoneWords, 'administrative')),
    /** Endings that name a zone only before a zone's organ (沣东新城管委会). */
    zoneWordsBeforeOrgan: section(zoneWords, 'named-by-organ'),
    /** Zones found by their whole name (中新天津生态城), whose words no ending rule reads as one. */
    knownZones: new PhraseIndex([...section(zoneWords, 'known'), ...divisions.zones]),
    /** A zone's long designation → its usual short form (经济技术开发区 → 经开区), longest first. */
    zoneAbbreviations: pairs(section(zoneWords, 'abbreviations')).sort((a, b) => b[0].length - a[0].length),
    /** An organ's long name → its usual short form (人民政府 → 政府, 发展改革委 → 发改委), longest first. */
    organAbbreviations: pairs(section(governmentSuffixes, 'abbreviations')).sort((a, b) => b[0].length - a[0].length),
    eventWords: eventWords.words,
    eventStops: new Set(section(eventWords, 'verbs-before')),
    notSuffix: new Set(load('not-suffix').words),
    mainZoneRefs: new Set(section(references, 'main-zone')),
    mainPlaceRefs: new Set(section(references, 'main-place')),
    latestRefs: new Set(section(references, 'latest')),
    /** Words that mean the company latest named, whatever its head (该公司, 企业). */
    anyCompanyRefs: new Set(section(references, 'any-company')),
    anyProjectRefs: new Set(section(references, 'any-project')),
    /** General nouns that refer to the company just named only before a title (企业负责人). */
    refsOnlyBeforeTitle: new Set(section(references, 'only-before-title')),
    /** General nouns that refer to the project just named only where they open a sentence (项目总投资…). */
    refsOnlyOpening: new Set(section(references, 'only-opening')),
    /** Words for the parties of an agreement (双方): never names. */
    partiesRefs: new Set(section(references, 'parties')),
    projectWords: projectWords.words,
    projectHeadsAfterInvestment: afterInvestmentWords,
    /** Conjunctions and kinds of work that may stand inside a project's name after its company. */
    wordsInsideProjects: new Set(section(projectWords, 'inside')),
    /** Kinds of work that open project names (抽水蓄能, 再生): nouns to the segmenter, and no verb opening a phrase to readsAsPhrase. */
    sectorWords: new Set(section(projectWords, 'sectors')),
    /**
     * Heads of facilities, projects only in a project frame (大楼, 生产线), and
     * the heads projects have after an investment phrase (基地, 总部), longest first.
     */
    facilityHeads: [...new Set([...facilityWords, ...afterInvestmentWords])].sort((a, b) => b.length - a.length),
    /** Words joining the two ends of a route inside a project's name (沅江至南县高速公路工程). */
    routeJoins: new Set(section(projectWords, 'route')),
    /** Facility heads that after a company's name name a unit of it (研发中心, 总部), not a project. */
    companyUnitHeads: new Set(section(projectWords, 'company-unit')),
    /** Of those, the heads that make a project only with a figure or a name before them (建设华南运营总部, not 打造先进制造业基地). */
    facilityHeadsNeedingName: new Set(afterInvestmentWords.filter((w) => !facilityWords.includes(w))),
    /** The last characters of facility heads, to pass over the words that end in none. */
    facilityHeadEnds: new Set([...facilityWords, ...afterInvestmentWords].map((w) => w.at(-1)!)),
    /** Words right before a descriptive name that make it a project (引进, 签约, 公司的). */
    projectFrameBefore: section(projectWords, 'frame-before'),
    /** Every known form of a place → its official name. */
    places: divisions.forms,
    placeLevels: divisions.levels,
    /** One-character city names after a going word (港 of 抵港) → official name. */
    oneCharacterPlaces: knownPlaces(new Map(pairs(section(load('regions'), 'one-character'))), divisions.levels),
    /** Official name of a division → its province's official name. */
    placeProvinces: divisions.provinces,
    /** Official name of a county or town → its city's official name. */
    placeCities: divisions.cities,
    /** Official name of a province → its GB/T 2260 code. */
    provinceCodes: divisions.provinceCodes,
    /** Short forms that are places only where the document names them in full or names their city (安宁, 大冶). */
    placesToConfirm: divisions.confirmedBy,
    /** Place forms for the segmenter's dictionary, with their frequencies. */
    placeWords: divisions.segmenterWords,
    /** The nouns that close an enumeration → the type they give its items ('' for none). */
    listHeadTypes: listHeads(load('list-heads')),
    /** Words no name holds: the stop word list and every landing verb (布局, 选址: a project's name starts after them). */
    stopwords: new Set([...load('stopwords').words, ...section(triggers, 'land')]),
    /** Units of amounts → their value (亿 → 1e8), currencies counted in yuan, days relative to the article's date. */
    quantities: {
      units: new Map(pairs(section(load('quantities'), 'units')).map(([w, v]) => [w, number(w, v)])),
      yuan: new Set(section(load('quantities'), 'yuan')),
      digits: new Map(pairs(section(load('quantities'), 'digits')).map(([w, v]) => [w, number(w, v)])),
      multipliers: new Map(pairs(section(load('quantities'), 'multipliers')).map(([w, v]) => [w, number(w, v)])),
      relativeDays: new Map(pairs(section(load('quantities'), 'relative-days')).map(([w, v]) => [w, number(w, v)])),
    },
    /** Stop words that are part of a name after a lone character (三和重工). */
    stopwordsAfterLoneCharacter: new Set(section(load('stopwords'), 'after-lone-character')),
    /** Counters: stop words only after a number or a pointer (3家; not 爱美家电器). */
    counters: new Set(section(load('stopwords'), 'counter')),
    /** Function characters no name starts with (由, 为 …): glued to a name's first character by the segmenter, they are cut off. */
    notFirstCharacters: new Set(section(load('stopwords'), 'not-first')),
    followName: load('follow-name').words,
    /** Organ words before titles, by whose organ they are (@place, @zone, @body) and the level characters of places. */
    organs: { place: section(organs, 'place'), zone: section(organs, 'zone'), body: section(organs, 'body'), levels: section(organs, 'levels') },
    /** Trigger words of the relation rules, by section (@visit, @meet, @attend …). */
    triggers: triggers.sections,
    /** Roles recorded under another role's name (发言 → 讲话). */
    roleAs: new Map(pairs(section(triggers, 'role-as'))),
    companionRoles: new Map(pairs(section(triggers, 'companion-role'))),
    /** A project's status by the words that state it (签约落地 → 签约). */
    projectStatus: statusWords(load('project-status')),
  };
}

/** What a list's head noun makes its items: an entity type, nothing ('', the items' own heads decide), or industries ('sector'). */
export type ListType = EntityType | '' | 'sector';

/** Each list head → the entity type its section names (@none: ''); a section that is no entity type is an error. */
function listHeads(list: WordList): Map<string, ListType> {
  const out = new Map<string, ListType>();
  for (const e of list.entries) {
    if (e.section !== 'none' && e.section !== 'sector' && !isEntityType(e.section)) throw new LexiconError(`${e.file}:${e.line}: @${e.section} is not an entity type, none or sector`);
    out.set(e.word, e.section === 'none' ? '' : e.section as ListType);
  }
  return out;
}

/** `names` (short form → official name) when every official name is a division the lexicon knows. */
function knownPlaces(names: Map<string, string>, levels: ReadonlyMap<string, string>): Map<string, string> {
  for (const [short, official] of names) if (!levels.has(official)) throw new LexiconError(`regions.txt: ${short}=${official} names no known division`);
  return names;
}

/** Words written long=short, as pairs. */
function pairs(words: string[]): Array<[string, string]> {
  return words.map((w) => {
    const [long, short, extra] = w.split('=');
    if (!long || !short || extra !== undefined) throw new LexiconError(`"${w}" is not written long=short`);
    return [long, short];
  });
}

function number(word: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new LexiconError(`quantities.txt: ${word}=${value} is not a number`);
  return n;
}

/** Each status word → its status (the section it is listed under); a word under two statuses is an error. */
function statusWords(list: WordList): Map<string, string> {
  if (list.words.length) throw new LexiconError(`${list.entries[0].file}: every word belongs under a @status section`);
  const out = new Map<string, string>();
  for (const e of list.entries) {
    if (out.has(e.word)) throw new LexiconError(`${e.file}:${e.line}: "${e.word}" is already a word of @${out.get(e.word)}`);
    out.set(e.word, e.section);
  }
  return out;
}

/** The sections of company-suffixes.txt that hold heads ('' for the main words). */
const COMPANY_HEAD_SECTIONS = ['legal', 'holding', 'strong', ''];

/** Only the entries of the given sections. */
function headsOf(list: WordList, sections: string[]): WordList {
  return { ...list, entries: list.entries.filter((e) => sections.includes(e.section)) };
}

/** Only the words outside tagged sections. */
function mainWords(list: WordList): WordList {
  return { ...list, entries: list.entries.filter((e) => !e.section) };
}

export type Lexicons = ReturnType<typeof build>;

let cached: Lexicons | undefined;
export function lexicons(): Lexicons {
  if (!cached) cached = build();
  return cached;
}
