/** Receives short human-readable progress lines ("PostgreSQL: using …"). */
export type ServiceLog = (message: string) => void;

/** A PostgreSQL or Redis server that was found running or started by this process. */
export interface ProvidedService {
  url: string;
  /** True when this process started the server, so it is this process's job to stop it. */
  startedHere: boolean;
  /** Stops the server if this process started it; a no-op otherwise. Safe to call more than once. */
  stop(): Promise<void>;
  /**
   * Synchronous, fire-and-forget stop for the process `exit` event, where nothing
   * can be awaited: sends the server its shutdown signal and returns.
   */
  stopNow(): void;
}

/** A service this process did not start: stopping it is never our business. */
export function foundService(url: string): ProvidedService {
  return { url, startedHere: false, stop: async () => {}, stopNow: () => {} };
}
