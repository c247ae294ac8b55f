export type ServiceName = "PostgreSQL" | "Redis";

/**
 * PostgreSQL or Redis could not be found or started. The message says what was
 * tried and what to do; `cause` keeps the underlying error.
 */
export class ServiceUnavailableError extends Error {
  override readonly name = "ServiceUnavailableError";

  constructor(
    readonly service: ServiceName,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The message of anything thrown, for embedding in a longer explanation. */
export function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    // Node's happy-eyeballs connect throws an AggregateError with an empty message.
    return error.errors.map(describeError).join("; ");
  }
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
