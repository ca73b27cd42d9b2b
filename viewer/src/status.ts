// The status line, the loading indicator, and errors of async handlers.
// Both hold a message (a function, so that it is written again in the
// other language when the reader switches).
import { $ } from './view';
import { onLanguageChange, t } from './i18n';

type Message = () => string;
let statusText: Message = () => '';
let loadingText: Message | undefined;

export function status(text: Message) { statusText = text; $('status').textContent = text(); }
export function report(e: Error) { loading(undefined); status(() => t('status.error', { message: e.message })); }

/** The loading indicator over the stage, saying what is loading; undefined hides it. */
export function loading(what: Message | undefined) {
  loadingText = what;
  $('loading').hidden = what === undefined;
  $('loading').textContent = what?.() ?? '';
}

onLanguageChange(() => {
  $('status').textContent = statusText();
  if (loadingText) $('loading').textContent = loadingText();
});

/** An async handler whose failure is shown, not lost. */
export const guarded = <A extends unknown[]>(fn: (...args: A) => Promise<unknown>) => (...args: A) => { fn(...args).catch(report); };
