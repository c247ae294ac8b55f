import { analyzeText } from "./analyze-text";
import type { SmsEncoding } from "./sms-limits";

/** A saved template as pages and actions see it. */
export interface TemplateSummary {
  id: string;
  name: string;
  body: string;
  /**
   * The cost of the body as written, merge tags included: a rough guide for
   * the list. The editor's preview and audience measure give the real one.
   */
  encoding: SmsEncoding;
  segments: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The columns a TemplateSummary is made from. */
export const TEMPLATE_COLUMNS = {
  id: true,
  name: true,
  body: true,
  createdAt: true,
  updatedAt: true,
} as const;

export function toTemplateSummary(record: {
  id: string;
  name: string;
  body: string;
  createdAt: Date;
  updatedAt: Date;
}): TemplateSummary {
  const { encoding, segments } = analyzeText(record.body);
  return { ...record, encoding, segments };
}
