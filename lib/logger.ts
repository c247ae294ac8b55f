import pino from "pino";
import { config } from "./config";

/** Structured JSON logs; one logger per process, children carry context. */
export const logger = pino({
  level: config.LOG_LEVEL,
  base: { service: config.SERVICE_NAME },
  timestamp: pino.stdTimeFunctions.isoTime,
});

export type Logger = typeof logger;
