// The interface's language: Chinese unless the reader switched to English
// (remembered in the browser). Static texts carry data-i18n attributes and
// are set here; modules that write text themselves use t() and redraw it
// when the language changes (onLanguageChange).
import { en, zh, type MessageKey } from './messages';

export type Language = 'zh' | 'en';
const CATALOGS: Record<Language, Record<MessageKey, string>> = { zh, en };
const STORAGE_KEY = 'kg.language';

let current: Language = globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
const listeners: Array<() => void> = [];

export const language = (): Language => current;

/** The message in the current language, with {name} placeholders filled from `values`. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return CATALOGS[current][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Whether a key names a message (a code from the server, such as refusal.syntax, may not). */
export function hasMessage(key: string): key is MessageKey {
  return key in CATALOGS[current];
}

/** Runs `redraw` whenever the language changes. */
export function onLanguageChange(redraw: () => void): void {
  listeners.push(redraw);
}

export function setLanguage(next: Language): void {
  current = next;
  localStorage.setItem(STORAGE_KEY, next);
  translatePage();
  for (const redraw of listeners) redraw();
}

/** Sets the page's fixed texts: data-i18n (text), data-i18n-placeholder, data-i18n-title. */
export function translatePage(): void {
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
  document.title = t('page.title');
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as MessageKey);
  for (const el of document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder as MessageKey);
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle as MessageKey);
}
