// Defaults in one place: what a query from a user may cost, how much the
// viewer loads, how long a sentence extraction reads at once.
import { availableParallelism } from 'node:os';

/** A user's query stops after this long (ms). */
export const QUERY_TIMEOUT_MS = 30_000;
/** A user's query returns at most this many rows. */
export const QUERY_ROW_LIMIT = 10_000;
/** A user's query on the embedded store is stopped when its process holds more memory than this (MB). */
export const QUERY_MEMORY_MB = Number(process.env.KG_QUERY_MEMORY_MB) || 2048;
/** User queries on the embedded store that run at once, each in a process of its own; more wait their turn. */
export const QUERY_PROCESSES = 2;
/** A user's query longer than this is refused before parsing (a 200 kB list literal held the parser and the database for minutes); values belong in parameters. */
export const MAX_QUERY_CHARS = 20_000;
/** range() in a user's query gives at most this many numbers (query-check.ts). */
export const MAX_RANGE = 1_000_000;
/** A user's query parameters: at most this deep (nested lists and maps) and this large as JSON. */
export const MAX_PARAMETER_DEPTH = 8;
export const MAX_PARAMETER_BYTES = 1_000_000;
/** The viewer loads at most this many nodes at first. */
export const MAX_NODES = 2000;
/** The port `kg serve` listens on. */
export const PORT = 7475;
/** An entity's name or alias longer than this is refused (an extraction shard that says otherwise is damaged; Neo4j cannot index such a value). */
export const MAX_NAME_CHARS = 200;
/** A file larger than this is no news article: skipped with its size named. */
export const MAX_FILE_BYTES = 50_000_000;
/** Extraction reads a sentence at most this long at once; longer runs are split (evidence keeps its real offsets). */
export const MAX_SENTENCE_CHARS = 400;
/** How long Neo4j writes and reads are retried while the server is unreachable before the command fails (ms). */
export const NEO4J_RETRY_MS = 15_000;
/** Pictures from `kg export -f png|svg`: frame in pixels, label size, layout steps and seed. */
/** What the research views group by when not told (flows: by province; investment: by city and year). */
export const RESEARCH_VIEW = { flowLevel: 'province' as const, investmentsBy: 'city' as const, investmentsPer: 'year' as const };
export const PICTURE = { width: 1600, height: 1200, scale: 1, background: '#ffffff', fontSize: 14, iterations: 500, seed: 1, lang: 'zh' as 'zh' | 'en' };
/**
 * Documents an ingest extracts, resolves and commits together; a killed
 * ingest redoes at most one batch. Why not more: LadybugDB's memory for one
 * commit grows with the batch and the store (at 100k documents the ingest
 * peaked at 849-880 MB with 2000, 1.03 GB with 5000, which was 8 % faster).
 */
export const INGEST_BATCH = 2000;
/**
 * The V8 heap of an ingest's thread in MB (ingest/bounded.ts), for batches of
 * `batch` documents: 160 MB for what lives through the whole ingest (the
 * dictionaries resolution uses, the stored entities' key hashes: 70 MB at
 * 100k documents), and either 25 kB a document for two batches' texts,
 * extractions and rows (one being written while the next is extracted on
 * workers) or, when the thread extracts a small ingest itself, 96 MB for
 * extraction's dictionaries and caches. A lower cap makes V8 collect sooner
 * instead of growing: the heap is most of an ingest's memory.
 */
export const ingestHeapMb = (batch: number) => 160 + Math.max(96, Math.ceil(batch / 20));
/** Threads an ingest extracts on by default: one per core but the one resolving and writing meanwhile. */
export const extractionJobs = () => Math.max(1, availableParallelism() - 1);
/** The young generation of every thread an ingest starts, in MB: V8's default (48 MB on 64 bits) is mostly garbage kept resident. */
export const YOUNG_GENERATION_MB = 8;
/** The V8 heap in MB of the thread that loads an ingest's relationships (it holds the report and the list of what waits). */
export const LOAD_HEAP_MB = 128;
/**
 * Input up to which an ingest runs its batches and its load in one process
 * (ingest/bounded.ts): the load's own process is there for the memory of a
 * large ingest, and a small one would pay its start (about half a second:
 * Node, the store's module, opening the store) for nothing. 8 MB is some
 * 3,000 articles, one default batch. KG_ONE_PROCESS_INPUT_BYTES overrides
 * (the tests run both ways).
 */
export const ONE_PROCESS_INPUT_BYTES = Number(process.env.KG_ONE_PROCESS_INPUT_BYTES || 8 * 2 ** 20);
/** LadybugDB's page cache in MB (KG_BUFFER_POOL_MB overrides); a checkpoint of a large store needs room here, or the write fails. */
export const LADYBUG_BUFFER_POOL_MB = 512;
/** Expanding a node in the viewer adds at most this many neighbours at a time. */
export const NEIGHBOURS_PER_EXPANSION = 100;

/** Paths between two entities: how many steps by default and at most (each step more multiplies the search), and how many paths are shown. */
export const PATHS = { steps: 4, maxSteps: 6, maxPaths: 25 } as const;
