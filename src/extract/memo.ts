// Results of pure functions of a name, kept: a corpus names the same firms,
// zones and places again and again. A full cache is emptied whole, which
// bounds its memory without bookkeeping per entry.

/** Names a corpus repeats fit in this many (a larger cache was no faster for name keys and held 14 MB more at 20k documents). */
const DEFAULT_LIMIT = 10_000;

/** `fn` with its results kept by argument; what it returns is shared, so callers must not change it. */
export function memoized<R>(fn: (text: string) => R, limit = DEFAULT_LIMIT): (text: string) => R {
  const cache = new Map<string, R>();
  return (text) => {
    if (cache.has(text)) return cache.get(text) as R;
    if (cache.size >= limit) cache.clear();
    const result = fn(text);
    cache.set(text, result);
    return result;
  };
}
