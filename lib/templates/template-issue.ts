import type { SourcePositions } from "./source-position";
import type { TemplateIssue, TemplateIssueCode } from "./templates.schema";

/** A Handlebars source span: 1-based lines, 0-based columns. */
export interface SourceSpan {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

export interface IssueDetails {
  code: TemplateIssueCode;
  /** The problem, without position: "Unknown merge tag “fristName”". */
  what: string;
  /** Advice appended after the position. */
  hint?: string;
  name?: string;
  suggestion?: string;
}

/** "<what> at line L, column C. Did you mean “x”? <hint>" with the span as 1-based columns and offsets. */
export function issueAt(positions: SourcePositions, span: SourceSpan, details: IssueDetails): TemplateIssue {
  const { start, end } = span;
  const offset = positions.offsetOf(start.line, start.column);
  const endOffset = Math.max(offset, positions.offsetOf(end.line, end.column));
  let message = `${details.what} at line ${start.line}, column ${start.column + 1}.`;
  if (details.suggestion !== undefined) message += ` Did you mean “${details.suggestion}”?`;
  if (details.hint !== undefined) message += ` ${details.hint}`;
  const issue: TemplateIssue = {
    code: details.code,
    message,
    line: start.line,
    column: start.column + 1,
    endLine: end.line,
    endColumn: end.column + 1,
    offset,
    length: endOffset - offset,
  };
  if (details.name !== undefined) issue.name = details.name;
  if (details.suggestion !== undefined) issue.suggestion = details.suggestion;
  return issue;
}
