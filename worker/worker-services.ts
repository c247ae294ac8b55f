import type { ConnectorPool } from "./sending/connector-pool";

/** What one worker process shares between its jobs: the SMPP binds, and the concatenation references. */
export interface WorkerServices {
  connectors: ConnectorPool;
  /** The next 8-bit reference for a concatenated message's UDH (per process; carriers key it with the addresses). */
  nextReference(): number;
}

export function createReferenceCounter(): () => number {
  let next = Math.floor(Math.random() * 256);
  return () => {
    next = (next + 1) & 0xff;
    return next;
  };
}
