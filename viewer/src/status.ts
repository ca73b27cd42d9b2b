// The status line, the loading indicator, and errors of async handlers.
import { $ } from './view';

export function status(text: string) { $('status').textContent = text; }
export function report(e: Error) { loading(undefined); status(`出错 error: ${e.message}`); }

/** The loading indicator over the stage, saying what is loading; undefined hides it. */
export function loading(what: string | undefined) {
  $('loading').hidden = what === undefined;
  $('loading').textContent = what ?? '';
}

/** An async handler whose failure is shown, not lost. */
export const guarded = <A extends unknown[]>(fn: (...args: A) => Promise<unknown>) => (...args: A) => { fn(...args).catch(report); };

