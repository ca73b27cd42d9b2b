import { KgError } from '../errors';
// Errors for the command line: a message on stderr and a non-zero exit.

export class UsageError extends KgError {}

export function fail(message: string): never {
  throw new UsageError(message);
}
