import { analyzeText, type TextAnalysis } from "./analyze-text";
import { compileTemplate, type RenderOptions } from "./compile-template";
import type { CompileTemplateOptions, TemplateContact } from "./templates.schema";

export interface RenderTemplateOptions extends CompileTemplateOptions, RenderOptions {
  body: string;
  /** A real contact of the organisation, or a sample. */
  contact: TemplateContact;
}

/** A rendered message as plain data, ready to send to the browser. */
export interface TemplatePreview extends TextAnalysis {
  text: string;
  isEmpty: boolean;
  /** How the message will be cut, part by part (no UDH: that is the sender's business). */
  parts: Array<{ index: number; total: number; text: string }>;
}

/**
 * The composer's live preview: compiles the template and renders it for
 * one contact, with the full counter (encoding, segments, characters that
 * force UCS-2) and the parts. Throws TemplateValidationError like
 * `compileTemplate`; call `validateTemplate` first to show issues inline.
 */
export function renderTemplate(options: RenderTemplateOptions): TemplatePreview {
  const { body, contact, timeZone, ...compileOptions } = options;
  const message = compileTemplate(body, compileOptions).render(contact, { timeZone });
  const parts = message.split(0).map(({ index, total, text }) => ({ index, total, text }));
  return { ...analyzeText(message.text), text: message.text, isEmpty: message.isEmpty, parts };
}
