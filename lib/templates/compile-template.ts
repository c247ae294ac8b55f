import { containsOptOutText, joinOptOutText } from "./append-opt-out-text";
import { COMPILE_OPTIONS, RUNTIME_OPTIONS, createTemplateEnv } from "./handlebars-env";
import { RenderedMessage, isBlankText } from "./rendered-message";
import { TemplateValidationError } from "./template-error";
import type { RenderData } from "./template-helpers";
import {
  ZCompileTemplateOptions,
  type CompileTemplateOptions,
  type TemplateContact,
} from "./templates.schema";
import { validateTemplate } from "./validate-template";

export interface RenderOptions {
  /** The recipient's time zone for `formatDate`; else the contact's `timeZone`, else the template's default. */
  timeZone?: string | null;
}

export interface CompiledTemplate {
  readonly body: string;
  /** Merge tags the template reads, in order of first use ("firstName", "fields.plan"). */
  readonly tags: readonly string[];
  readonly helpers: readonly string[];
  /** Renders one recipient's message. Never throws for missing data: a missing tag renders empty. */
  render(contact: TemplateContact, options?: RenderOptions): RenderedMessage;
}

/**
 * Validates and compiles a template once (per campaign, per preview) so that
 * rendering each recipient is a call into compiled code plus one pass over
 * the text to measure it. Throws TemplateValidationError with every issue
 * when the template does not validate.
 */
export function compileTemplate(body: string, options: CompileTemplateOptions): CompiledTemplate {
  const {
    knownFields,
    locale = "en-GB",
    defaultTimeZone = "UTC",
    optOutText,
  } = ZCompileTemplateOptions.parse(options);
  const validation = validateTemplate(body, { knownFields });
  if (validation.errors.length > 0) throw new TemplateValidationError(validation.errors);

  const template = createTemplateEnv(validation.helpers).compile<TemplateContact>(body, COMPILE_OPTIONS);
  // Handlebars only builds the data frame when asked; most templates have no dates.
  const usesDates = validation.helpers.includes("formatDate");
  // Decided once: a template that already says "Reply STOP…" keeps its own wording.
  const optOut = optOutText && !containsOptOutText(body, optOutText) ? optOutText : null;

  const render = (contact: TemplateContact, renderOptions?: RenderOptions): RenderedMessage => {
    let text: string;
    if (usesDates) {
      const data: RenderData = {
        timeZone: renderOptions?.timeZone ?? contact.timeZone ?? defaultTimeZone,
        locale,
      };
      text = template(contact, { ...RUNTIME_OPTIONS, data });
    } else {
      text = template(contact, RUNTIME_OPTIONS);
    }
    const isEmpty = isBlankText(text);
    return new RenderedMessage(optOut === null || isEmpty ? text : joinOptOutText(text, optOut), isEmpty);
  };

  // Handlebars compiles on first use; do it now so a compiler refusal surfaces here, not mid-campaign.
  render({ phone: "" });
  return { body, tags: validation.tags, helpers: validation.helpers, render };
}
