// A worker thread of the extraction pool (pool.ts): extracts the files it is
// sent, one message each, and answers with the outcome.
import { parentPort } from 'node:worker_threads';
import { extractFile } from './documents';
import { lexicons } from '../extract/lexicons';

lexicons(); // loaded once, before the first file
parentPort!.on('message', ({ id, file }: { id: number; file: string }) => {
  parentPort!.postMessage({ id, outcome: extractFile(file) });
});
