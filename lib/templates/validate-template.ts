import { parserEnv } from "./handlebars-env";
import { isValidFieldName } from "./merge-tags";
import { SourcePositions } from "./source-position";
import { syntaxIssue } from "./syntax-issue";
import { TemplateChecker } from "./template-checker";
import type { TemplateIssue, ValidateTemplateOptions } from "./templates.schema";

export interface TemplateValidation {
  /** Problems that stop the template from being saved or sent. */
  errors: TemplateIssue[];
  /** Problems worth showing that do not block saving (e.g. a field some contacts lack). */
  warnings: TemplateIssue[];
  /** Merge tags used, in order of first use: "firstName", "fields.plan", "fields.renewal date". */
  tags: string[];
  /** Helpers used, in order of first use. */
  helpers: string[];
}

/**
 * Checks a template body without rendering it: syntax, merge tags (with a
 * suggestion for a typo), helpers and their arguments, and, when an
 * audience is given, tags some of its contacts have no value for. Every
 * issue carries its line, column and offset.
 */
export function validateTemplate(body: string, options: ValidateTemplateOptions): TemplateValidation {
  const positions = new SourcePositions(body);
  if (body.trim() === "") {
    const empty: TemplateIssue = {
      code: "empty_template",
      message: "The message is empty.",
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      offset: 0,
      length: 0,
    };
    return { errors: [empty], warnings: [], tags: [], helpers: [] };
  }

  let program: hbs.AST.Program;
  try {
    program = parserEnv.parse(body);
  } catch (error) {
    return { errors: [syntaxIssue(error, body, positions)], warnings: [], tags: [], helpers: [] };
  }

  const knownFields = new Set(options.knownFields.filter(isValidFieldName));
  const audience = options.fieldsPresentInAudience ? new Set(options.fieldsPresentInAudience) : null;
  const checker = new TemplateChecker(positions, knownFields, audience);
  checker.checkProgram(program);
  return {
    errors: checker.errors,
    warnings: checker.warnings,
    tags: [...checker.tags],
    helpers: [...checker.helpers],
  };
}
