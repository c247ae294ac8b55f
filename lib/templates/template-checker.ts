import { DATE_STYLES } from "./format-date-value";
import { STANDARD_TAGS, fieldPath, isStandardTag } from "./merge-tags";
import type { SourcePositions } from "./source-position";
import { suggestName, type NameCandidate } from "./suggest-name";
import { issueAt, type IssueDetails, type SourceSpan } from "./template-issue";
import { BLOCK_HELPERS, FORBIDDEN_HELPERS, VALUE_HELPERS } from "./template-helpers";
import type { TemplateIssue } from "./templates.schema";

type Node = hbs.AST.Node;
type Expression = hbs.AST.Expression;
type PathExpression = hbs.AST.PathExpression;

/** A call site: a mustache with arguments, a block, or a sub-expression. */
interface Call {
  path: PathExpression | hbs.AST.Literal;
  params: Expression[];
  hash?: hbs.AST.Hash;
  loc: SourceSpan;
}

interface ExpressionRole {
  /** The value is the first argument of `default`, so a missing value has a fallback. */
  hasFallback?: boolean;
  /** The value is an `if`/`unless` condition: being missing is its purpose. */
  isCondition?: boolean;
}

const VALUE_HELPER_NAMES = Object.keys(VALUE_HELPERS);
const HELPER_CANDIDATES: NameCandidate[] = [...VALUE_HELPER_NAMES, ...BLOCK_HELPERS].map((name) => ({
  key: name,
  display: name,
}));

/**
 * Walks a parsed template and records what it uses and what is wrong with
 * it. Only these shapes pass: plain merge tags (standard or known custom
 * fields), calls of the value helpers with the right number of arguments,
 * and `{{#if}}`/`{{#unless}}` blocks. Everything else Handlebars can do
 * (partials, decorators, `this`, `../`, `@data`, hash arguments, sections,
 * `lookup`/`with`/`each`/`log`) is reported as an error.
 */
export class TemplateChecker {
  readonly errors: TemplateIssue[] = [];
  readonly warnings: TemplateIssue[] = [];
  readonly tags = new Set<string>();
  readonly helpers = new Set<string>();
  private readonly guarded: string[] = [];
  private readonly tagCandidates: NameCandidate[];
  private readonly fieldCandidates: NameCandidate[];

  constructor(
    private readonly positions: SourcePositions,
    private readonly knownFields: ReadonlySet<string>,
    private readonly audienceFields: ReadonlySet<string> | null,
  ) {
    const standard = STANDARD_TAGS.map((tag) => ({ key: tag, display: tag }));
    const custom = [...knownFields].map((name) => ({ key: name, display: fieldPath(name) }));
    this.fieldCandidates = [...custom, ...standard];
    // "plan" alone should suggest "fields.plan", so custom fields are matched by bare name and full path.
    this.tagCandidates = [
      ...standard,
      ...custom,
      ...custom.map((c) => ({ key: `fields.${c.key}`, display: c.display })),
    ];
  }

  checkProgram(program: hbs.AST.Program | undefined): void {
    for (const statement of program?.body ?? []) this.checkStatement(statement);
  }

  private checkStatement(node: hbs.AST.Statement): void {
    switch (node.type) {
      case "ContentStatement":
      case "CommentStatement":
        return;
      case "MustacheStatement":
        return this.checkMustache(node as hbs.AST.MustacheStatement);
      case "BlockStatement":
        return this.checkBlock(node as hbs.AST.BlockStatement);
      case "Decorator":
      case "DecoratorBlock":
        return this.error(node, {
          code: "unsupported_syntax",
          what: "Decorators (“{{* …}}”) are not supported",
        });
      case "PartialStatement":
      case "PartialBlockStatement":
        return this.error(node, {
          code: "unsupported_syntax",
          what: "Partials (“{{> …}}”) are not supported",
        });
      default:
        return this.error(node, {
          code: "unsupported_syntax",
          what: `Unsupported template syntax (${node.type})`,
        });
    }
  }

  private checkMustache(node: hbs.AST.MustacheStatement): void {
    const call: Call = { path: node.path, params: node.params, hash: node.hash, loc: node.loc };
    if (node.path.type !== "PathExpression" || node.params.length > 0 || hasHash(call)) {
      return this.checkCall(call, false);
    }
    const path = node.path as PathExpression;
    const name = path.original;
    const spec = isSimpleName(path) ? valueHelper(name) : undefined;
    if (spec !== undefined) {
      return this.error(node, {
        code: "helper_arguments",
        what: `The helper “${name}” needs a value`,
        hint: `Write it like ${spec.usage}.`,
        name,
      });
    }
    if (isSimpleName(path) && (forbiddenReason(name) !== undefined || BLOCK_HELPERS.includes(name))) {
      return this.checkCall(call, false);
    }
    this.checkTag(path, node, {});
  }

  private checkBlock(node: hbs.AST.BlockStatement): void {
    const name = node.path.original;
    const call: Call = { path: node.path, params: node.params, hash: node.hash, loc: node.loc };
    if (!isSimpleName(node.path) || !BLOCK_HELPERS.includes(name)) {
      this.checkCall(call, true);
    } else {
      this.helpers.add(name);
      if (node.params.length !== 1 || hasHash(call)) {
        this.error(node, {
          code: "helper_arguments",
          what: `“{{#${name}}}” needs exactly one condition`,
          hint: `Write it like {{#${name} fields.plan}}…{{/${name}}}.`,
          name,
        });
      }
    }

    const condition = node.params[0];
    const conditionTag =
      condition?.type === "PathExpression" ? this.tagName(condition as PathExpression) : null;
    if (condition !== undefined && BLOCK_HELPERS.includes(name)) {
      this.checkExpression(condition, { isCondition: true });
    }
    // Inside {{#if x}} (or the {{else}} of {{#unless x}}) x is known to be present.
    this.withGuard(name === "if" ? conditionTag : null, () => this.checkProgram(node.program));
    this.withGuard(name === "unless" ? conditionTag : null, () => this.checkProgram(node.inverse));
  }

  private checkCall(call: Call, asBlock: boolean): void {
    if (call.path.type !== "PathExpression") {
      return this.error(call.path, {
        code: "unsupported_syntax",
        what: "A tag must start with a merge tag or a helper name, not a literal value",
      });
    }
    const path = call.path as PathExpression;
    const name = path.original;
    const loc = call.loc;

    const forbidden = isSimpleName(path) ? forbiddenReason(name) : undefined;
    if (forbidden !== undefined) {
      return this.error(loc, {
        code: "forbidden_helper",
        what: `The helper “${name}” is not allowed`,
        hint: `Templates cannot use it: ${forbidden}.`,
        name,
      });
    }
    if (isSimpleName(path) && BLOCK_HELPERS.includes(name)) {
      return this.error(loc, {
        code: "helper_arguments",
        what: `“${name}” can only be used as a block`,
        hint: `Write it like {{#${name} fields.plan}}…{{/${name}}}.`,
        name,
      });
    }
    const spec = isSimpleName(path) ? valueHelper(name) : undefined;
    if (spec === undefined) {
      if (asBlock && call.params.length === 0) {
        return this.error(loc, {
          code: "unsupported_syntax",
          what: `Sections like “{{#${name}}}” are not supported`,
          hint: `Use {{#if ${name}}}…{{/if}}.`,
          name,
        });
      }
      const isTag = this.tagName(path) !== null;
      return this.error(loc, {
        code: "unknown_helper",
        what: `Unknown helper “${name}”`,
        name,
        suggestion: isTag ? undefined : suggestName(name, HELPER_CANDIDATES),
        hint: isTag
          ? `A merge tag takes no arguments: put each one in its own braces, like {{${name}}}.`
          : undefined,
      });
    }
    if (asBlock) {
      return this.error(loc, {
        code: "helper_arguments",
        what: `“${name}” is not a block helper`,
        hint: `Write it like ${spec.usage}.`,
        name,
      });
    }

    this.helpers.add(name);
    if (hasHash(call)) {
      this.error(call.hash!, {
        code: "helper_arguments",
        what: `The helper “${name}” takes no named options`,
        hint: `Write it like ${spec.usage}.`,
        name,
      });
    }
    if (call.params.length < spec.min || call.params.length > spec.max) {
      const count = spec.min === spec.max ? `${spec.min}` : `${spec.min} or ${spec.max}`;
      this.error(loc, {
        code: "helper_arguments",
        what: `Wrong number of values for the helper “${name}”`,
        hint: `It takes ${count}, found ${call.params.length}: write it like ${spec.usage}.`,
        name,
      });
    }
    if (name === "formatDate" && call.params[1] !== undefined) this.checkDateStyle(call.params[1]);
    call.params.forEach((param, index) => {
      if (name === "formatDate" && index === 1) return;
      this.checkExpression(param, { hasFallback: name === "default" && index === 0 });
    });
  }

  private checkDateStyle(param: Expression): void {
    const style = param.type === "StringLiteral" ? (param as hbs.AST.StringLiteral).value : null;
    if (style === null || !(DATE_STYLES as readonly string[]).includes(style)) {
      this.error(param, {
        code: "helper_arguments",
        what: 'The date style of “formatDate” must be "date", "datetime" or "time"',
        name: "formatDate",
      });
    }
  }

  private checkExpression(expression: Expression, role: ExpressionRole): void {
    switch (expression.type) {
      case "PathExpression":
        return this.checkTag(expression as PathExpression, expression, role);
      case "SubExpression": {
        const sub = expression as hbs.AST.SubExpression;
        return this.checkCall({ path: sub.path, params: sub.params, hash: sub.hash, loc: sub.loc }, false);
      }
      default:
        // String, number, boolean, null and undefined literals are plain values.
        return;
    }
  }

  private checkTag(path: PathExpression, at: Node | SourceSpan, role: ExpressionRole): void {
    const written = path.original;
    if (path.data) {
      return this.error(at, {
        code: "unsupported_syntax",
        what: `“${written}” is not supported`,
        hint: "Use a merge tag such as {{firstName}}.",
        name: written,
      });
    }
    if (path.depth > 0 || path.parts.length === 0) {
      return this.error(at, {
        code: "unsupported_syntax",
        what: `“${written}” is not supported`,
        hint: "Refer to contact data by merge tag, such as {{firstName}} or {{fields.plan}}.",
        name: written,
      });
    }
    const tag = this.tagName(path);
    if (tag === null) {
      const inFields = path.parts[0] === "fields" && path.parts.length === 2;
      const suggestion = inFields
        ? suggestName(path.parts[1]!, this.fieldCandidates)
        : suggestName(path.parts.join("."), this.tagCandidates);
      return this.error(at, {
        code: "unknown_tag",
        what: `Unknown merge tag “${written}”`,
        name: written,
        suggestion,
      });
    }
    this.tags.add(tag);
    if (this.audienceFields === null || role.hasFallback || role.isCondition || this.guarded.includes(tag))
      return;
    const field = tag.startsWith("fields.") ? tag.slice("fields.".length) : tag;
    if (tag === "phone" || this.audienceFields.has(field)) return;
    this.warnings.push(
      issueAt(this.positions, spanOf(at), {
        code: "missing_in_audience",
        what: `Some contacts in the chosen audience have no “${written}”`,
        hint: `Their message will have nothing there; add a fallback like {{default ${written} "…"}}.`,
        name: written,
      }),
    );
  }

  /** The canonical name of a valid merge tag ("firstName", "fields.renewal date"), or null. */
  private tagName(path: PathExpression): string | null {
    if (path.data || path.depth > 0) return null;
    const [first, second] = path.parts;
    if (path.parts.length === 1 && isStandardTag(first!)) return first!;
    if (path.parts.length === 2 && first === "fields" && this.knownFields.has(second!))
      return `fields.${second}`;
    return null;
  }

  private withGuard(tag: string | null, walk: () => void): void {
    if (tag !== null) this.guarded.push(tag);
    walk();
    if (tag !== null) this.guarded.pop();
  }

  private error(at: Node | SourceSpan, details: IssueDetails): void {
    this.errors.push(issueAt(this.positions, spanOf(at), details));
  }
}

function spanOf(at: Node | SourceSpan): SourceSpan {
  return "loc" in at ? at.loc : at;
}

/** A one-segment name such as `upper`: `this.upper` or `@upper` never names a helper. */
function isSimpleName(path: PathExpression): boolean {
  return !path.data && path.depth === 0 && path.parts.length === 1 && path.original === path.parts[0];
}

// Own properties only: "constructor" must not find Object.prototype.constructor.
function valueHelper(name: string): (typeof VALUE_HELPERS)[string] | undefined {
  return Object.hasOwn(VALUE_HELPERS, name) ? VALUE_HELPERS[name] : undefined;
}

function forbiddenReason(name: string): string | undefined {
  return Object.hasOwn(FORBIDDEN_HELPERS, name) ? FORBIDDEN_HELPERS[name] : undefined;
}

function hasHash(call: Call): boolean {
  return call.hash !== undefined && call.hash.pairs.length > 0;
}
