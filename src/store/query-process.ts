// Runs LadybugDB user queries in child processes (query-child.ts) that the
// parent kills when a query overruns its time limit or its memory: a query
// runs natively, where neither LadybugDB's timeout nor V8 can stop a single
// huge allocation, and one such query grew a process to 23 GB. Children are
// kept for the next query (opening one costs about 0.3 s); at most
// QUERY_PROCESSES run at once, further queries wait their turn.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { QueryRefused, timeLimitRefusal, type Refusal } from './query-check';
import { StoreUnavailable, type QueryLimits, type QueryResult } from './store';
import { QUERY_MEMORY_MB, QUERY_PROCESSES } from '../defaults';
import { compiledScript } from '../paths';

/** How long after its time limit a query's process is killed (LadybugDB's own timeout answers first when it can). */
const GRACE_MS = 2000;
/** How often a running query's memory is read. */
const WATCH_MS = 100;

export class QueryProcesses {
  private readonly idle: ChildProcess[] = [];
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private sequence = 0;
  private closed = false;

  constructor(private readonly dir: string) {}

  async run(cypher: string, params: Record<string, unknown>, limits: QueryLimits): Promise<QueryResult> {
    if (this.running >= QUERY_PROCESSES) await new Promise<void>((go) => this.waiting.push(go));
    this.running++;
    const child = this.idle.pop() ?? this.start();
    try {
      const result = await this.ask(child, cypher, params, limits);
      if (this.closed) child.kill(); else this.idle.push(child);
      return result;
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  close(): void {
    this.closed = true;
    for (const c of this.idle.splice(0)) c.kill();
  }

  private start(): ChildProcess {
    const child = fork(compiledScript('store', 'query-child'), [this.dir], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], serialization: 'advanced' });
    child.unref();
    child.channel?.unref();
    return child;
  }

  /** One query on one child: its answer, or a refusal once the child is killed for its time or memory. */
  private ask(child: ChildProcess, cypher: string, params: Record<string, unknown>, limits: QueryLimits): Promise<QueryResult> {
    const id = ++this.sequence;
    return new Promise<QueryResult>((resolve, reject) => {
      const stop = (message: string, refusal?: Refusal) => { child.kill('SIGKILL'); finish(); reject(new QueryRefused(message, refusal)); };
      const deadline = setTimeout(() => stop(`stopped after ${limits.timeoutMs / 1000} s (the time limit for one query)`, timeLimitRefusal(limits.timeoutMs)), limits.timeoutMs + GRACE_MS);
      const watch = setInterval(() => {
        const mb = residentMb(child.pid);
        if (mb > QUERY_MEMORY_MB) stop(`stopped: the query took more than ${QUERY_MEMORY_MB} MB of memory; bound it (LIMIT, a shorter range or variable-length pattern)`);
      }, WATCH_MS);
      const onMessage = (m: { id: number; result?: QueryResult; error?: string; refusal?: Refusal; kind?: 'refused' | 'unavailable' | 'failed' }) => {
        if (m.id !== id) return;
        finish();
        if (m.error === undefined) resolve(m.result!);
        else reject(errorOf(m.kind!, m.error, m.refusal));
      };
      const onExit = () => { finish(); reject(new QueryRefused('stopped: the query process ended unexpectedly; try a smaller query')); };
      const finish = () => { clearTimeout(deadline); clearInterval(watch); child.off('message', onMessage); child.off('exit', onExit); };
      child.on('message', onMessage);
      child.on('exit', onExit);
      child.send({ id, cypher, params, limits });
    });
  }
}

/** The child's error as the class callers tell apart (its message is already prefixed). */
function errorOf(kind: 'refused' | 'unavailable' | 'failed', message: string, refusal?: Refusal): Error {
  const e = kind === 'refused' ? new QueryRefused('', refusal) : kind === 'unavailable' ? new StoreUnavailable('') : new Error('');
  e.message = message;
  return e;
}

/** A process's resident memory in MB, read from /proc (0 where there is none: only the time limit applies there). */
function residentMb(pid: number | undefined): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}
