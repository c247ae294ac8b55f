/**
 * The part of a pino logger the simulator uses, so tests can run it without
 * one and main.ts can hand it the project's logger.
 */
export interface SimulatorLogger {
  debug(fields: Record<string, unknown>, message: string): void;
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
  child(bindings: Record<string, unknown>): SimulatorLogger;
}

const ignore = (): void => {};

export const silentLogger: SimulatorLogger = {
  debug: ignore,
  info: ignore,
  warn: ignore,
  error: ignore,
  child: () => silentLogger,
};
