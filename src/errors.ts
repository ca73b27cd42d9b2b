// The base of kg's own errors. A caller tells them from bugs by this class
// and from each other by the subclass (OntologyError, LexiconError,
// FilterError, UsageError, NotTextError, IngestFailed, QueryRefused and the
// store's StoreDamaged, StoreUnavailable, StoreAuthFailed); every message
// starts with the part of kg that speaks, as graphology's packages do.
export class KgError extends Error {
  constructor(message: string, prefix?: string) {
    super(prefix ? `${prefix}: ${message}` : message);
    this.name = new.target.name;
  }
}
