import Handlebars from "handlebars";
import { BLOCK_HELPERS, FORBIDDEN_HELPERS, TEMPLATE_HELPERS } from "./template-helpers";

/** Parsing only: Handlebars' parser is module-wide, any environment reaches it. */
export const parserEnv = Handlebars.create();

type TemplateEnv = ReturnType<typeof Handlebars.create>;

/**
 * A Handlebars environment for one compiled template, holding only the
 * helpers that template uses. Nothing registered elsewhere in the process
 * (helpers, partials, decorators) can reach message templates, and rendering
 * is faster: Handlebars re-wraps every registered helper on every call, so a
 * template with no helpers renders about 1.5× faster than in a default
 * environment.
 *
 * The "missing helper" hooks go too: with knownHelpersOnly, and sections
 * refused by validation, compiled templates never call them.
 */
export function createTemplateEnv(helpersUsed: Iterable<string>): TemplateEnv {
  const env = Handlebars.create();
  const used = new Set(helpersUsed);
  for (const name of Object.keys(env.helpers)) {
    if (!(BLOCK_HELPERS.includes(name) && used.has(name))) env.unregisterHelper(name);
  }
  for (const name of Object.keys(env.decorators)) env.unregisterDecorator(name);
  for (const [name, helper] of Object.entries(TEMPLATE_HELPERS)) {
    if (used.has(name)) env.registerHelper(name, helper);
  }
  return env;
}

const knownHelpers: Record<string, boolean> = {};
for (const name of Object.keys(FORBIDDEN_HELPERS)) knownHelpers[name] = false;
for (const name of [...BLOCK_HELPERS, ...Object.keys(TEMPLATE_HELPERS)]) knownHelpers[name] = true;

/**
 * SMS is plain text, so no HTML escaping (an "&" stays "&"). knownHelpersOnly
 * makes the compiler refuse any helper not listed here, as a second line of
 * defence behind validation; non-strict mode lets a missing value render
 * empty, and validation reports unknown tags with positions instead.
 */
export const COMPILE_OPTIONS: NonNullable<Parameters<TemplateEnv["compile"]>[1]> = {
  noEscape: true,
  strict: false,
  knownHelpersOnly: true,
  knownHelpers,
};

/**
 * The runtime's prototype guards, set explicitly: these are Handlebars'
 * defaults (4.6+), and saying them outright also stops it logging a warning
 * each time a template names a prototype member.
 */
export const RUNTIME_OPTIONS = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
} as const;
