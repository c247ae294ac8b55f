import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { parseApiInput } from "./parse-api-input";
import { readQuery, ZQueryBoolean, zQueryLimit } from "./read-query";

const ZBody = z
  .object({ name: z.string().min(1, "Name it."), tags: z.array(z.string().max(3, "Too long.")).default([]) })
  .strict();

function problem(run: () => unknown): { message: string; field?: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return { message: error.message, field: error.field };
    throw error;
  }
  throw new Error("expected a ValidationError");
}

describe("parseApiInput", () => {
  it("returns the parsed value", () => {
    expect(parseApiInput(ZBody, { name: "a" }, "body")).toEqual({ name: "a", tags: [] });
  });

  it("names an unknown field by its path", () => {
    expect(problem(() => parseApiInput(ZBody, { name: "a", nmae: "b" }, "body"))).toEqual({
      message: "Unknown field “nmae”.",
      field: "nmae",
    });
    const nested = z.object({ owner: z.object({ id: z.string() }).strict() }).strict();
    expect(problem(() => parseApiInput(nested, { owner: { id: "1", role: "x" } }, "body")).field).toBe(
      "owner.role",
    );
    expect(problem(() => parseApiInput(ZBody, { name: "a", page: "2" }, "query")).message).toBe(
      "Unknown query parameter “page”.",
    );
  });

  it("names the field of a bad value with its index in arrays", () => {
    expect(problem(() => parseApiInput(ZBody, { name: "a", tags: ["ok", "toolong"] }, "body"))).toEqual({
      message: "Too long.",
      field: "tags.1",
    });
    expect(problem(() => parseApiInput(ZBody, { name: "" }, "body"))).toEqual({
      message: "Name it.",
      field: "name",
    });
  });

  it("has no field when the whole body is wrong", () => {
    expect(problem(() => parseApiInput(ZBody, [1, 2], "body")).field).toBeUndefined();
  });
});

describe("query strings", () => {
  const ZQuery = z
    .object({ limit: zQueryLimit({ max: 50, default: 20 }), optedOut: ZQueryBoolean.optional() })
    .strict();
  const parse = (search: string) => parseApiInput(ZQuery, readQuery(new URL(`http://x/?${search}`)), "query");

  it("reads numbers and flags from text", () => {
    expect(parse("")).toEqual({ limit: 20 });
    expect(parse("limit=5&optedOut=false")).toEqual({ limit: 5, optedOut: false });
    expect(parse("optedOut=true")).toEqual({ limit: 20, optedOut: true });
  });

  it("refuses values that are not what they claim and parameters given twice", () => {
    expect(problem(() => parse("limit=ten")).field).toBe("limit");
    expect(problem(() => parse("limit=51")).message).toBe("The limit is at most 50.");
    expect(problem(() => parse("optedOut=1")).field).toBe("optedOut");
    expect(problem(() => parse("limit=1&limit=2"))).toEqual({
      message: "Give the query parameter “limit” once.",
      field: "limit",
    });
  });
});
