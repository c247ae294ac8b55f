import { parserEnv } from "./handlebars-env";
import type { SourcePositions } from "./source-position";
import { issueAt, type SourceSpan } from "./template-issue";
import type { TemplateIssue } from "./templates.schema";

interface JisonLocation {
  first_line: number;
  first_column: number;
  last_line: number;
  last_column: number;
}

// Handlebars' generated (jison) parser throws a bare Error whose only position
// is baked into the message text with newlines removed; the lexer it used
// still holds the offending token's location. Not in the published types.
const lexer = (parserEnv as unknown as { Parser: { lexer: { yylloc?: JisonLocation; match?: string } } })
  .Parser.lexer;

/** Errors Handlebars raises from its own AST checks ("if doesn't match unless") carry a location. */
interface LocatedException {
  message: string;
  lineNumber: number;
  column: number;
  endLineNumber?: number;
  endColumn?: number;
}

function isLocated(error: unknown): error is LocatedException {
  const candidate = error as Partial<LocatedException> | null;
  return typeof candidate?.lineNumber === "number" && typeof candidate.column === "number";
}

/**
 * A Handlebars parse failure as a TemplateIssue with the position of the
 * token the parser stumbled on, and a message a marketer can act on
 * instead of the parser's list of expected token names.
 */
export function syntaxIssue(error: unknown, body: string, positions: SourcePositions): TemplateIssue {
  if (isLocated(error)) {
    const span: SourceSpan = {
      start: { line: error.lineNumber, column: error.column },
      end: { line: error.endLineNumber ?? error.lineNumber, column: error.endColumn ?? error.column },
    };
    const mismatch = /^(.+) doesn't match (.+?) - \d+:\d+$/.exec(error.message);
    const what = mismatch
      ? `The block “{{#${mismatch[1]}}}” is closed by “{{/${mismatch[2]}}}”`
      : `Syntax error: ${error.message.replace(/ - \d+:\d+$/, "")}`;
    return issueAt(positions, span, { code: "syntax_error", what });
  }

  const message = error instanceof Error ? error.message : String(error);
  const location = lexer.yylloc ?? { first_line: 1, first_column: 0, last_line: 1, last_column: 0 };
  const span: SourceSpan = {
    start: { line: location.first_line, column: location.first_column },
    end: { line: location.last_line, column: location.last_column },
  };
  const rest = body.slice(positions.offsetOf(span.start.line, span.start.column));
  return issueAt(positions, span, {
    code: "syntax_error",
    ...describeParseError(message, lexer.match ?? "", rest),
  });
}

/** `rest` is the body from the offending token on. */
function describeParseError(message: string, token: string, rest: string): { what: string; hint?: string } {
  if (message.startsWith("Lexical error")) {
    return { what: "Unrecognised text", hint: "Check that every “{{” has a matching “}}”." };
  }
  const got = /got '([^']+)'$/.exec(message)?.[1] ?? "";
  const expected = /Expecting (.+), got/.exec(message)?.[1] ?? "";
  // "{{firstName" at the very end: the lexer cannot even finish the name.
  if (got === "EOF" || (got === "INVALID" && !rest.includes("}}"))) {
    return expected.includes("'OPEN_ENDBLOCK'")
      ? { what: "A block is never closed", hint: "Close it with its end tag, e.g. “{{/if}}”." }
      : { what: "The template ends inside a tag", hint: "Close the tag with “}}”." };
  }
  if (expected.includes("'CLOSE_UNESCAPED'") && !expected.includes("'CLOSE'")) {
    return { what: `Unexpected “${token}”`, hint: "A tag opened with “{{{” closes with “}}}”." };
  }
  if (
    (got === "CLOSE" || got === "CLOSE_UNESCAPED") &&
    expected.includes("'ID'") &&
    !expected.includes("'CLOSE'")
  ) {
    return { what: `Unexpected “${token}”`, hint: "A tag needs a name, e.g. “{{firstName}}”." };
  }
  if (expected.includes("'CLOSE'")) {
    return { what: `Unexpected “${token}”`, hint: "A tag closes with “}}”." };
  }
  return { what: `Unexpected “${token}”` };
}
