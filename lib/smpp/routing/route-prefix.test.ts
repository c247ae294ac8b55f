import { describe, expect, it } from "vitest";
import { destinationPrefixes, formatRoutePrefix, rankRouteCandidates } from "./route-prefix";
import { ZRoutePrefix } from "./route.schema";

describe("destinationPrefixes", () => {
  it("lists every prefix of the number, longest first, down to the default route", () => {
    expect(destinationPrefixes("4915")).toEqual(["4915", "491", "49", "4", ""]);
    expect(destinationPrefixes("")).toEqual([""]);
  });
});

describe("rankRouteCandidates", () => {
  const route = (routeId: string, prefix: string, position: number) => ({ routeId, prefix, position });

  it("puts the longest prefix first, then each prefix's fallback order", () => {
    const ranked = rankRouteCandidates([
      route("d", "", 1),
      route("b2", "49", 2),
      route("m1", "4915", 1),
      route("b1", "49", 1),
      route("m2", "4915", 2),
    ]);
    expect(ranked.map((r) => r.routeId)).toEqual(["m1", "m2", "b1", "b2", "d"]);
  });

  it("keeps prefixes of one length together and breaks ties by id", () => {
    const ranked = rankRouteCandidates([
      route("x", "49", 1),
      route("y", "44", 2),
      route("w", "44", 1),
      route("v", "49", 1),
    ]);
    expect(ranked.map((r) => r.routeId)).toEqual(["w", "y", "v", "x"]);
  });
});

describe("route prefix input", () => {
  it("keeps digits, forgiving a leading + and spaces", () => {
    expect(ZRoutePrefix.parse("+49 15")).toBe("4915");
    expect(ZRoutePrefix.parse("")).toBe("");
    expect(ZRoutePrefix.parse("123456789012345")).toBe("123456789012345");
  });

  it("refuses letters, inner plus signs and more than 15 digits", () => {
    expect(ZRoutePrefix.safeParse("49a").success).toBe(false);
    expect(ZRoutePrefix.safeParse("4+9").success).toBe(false);
    expect(ZRoutePrefix.safeParse("1234567890123456").error?.issues[0]?.message).toBe(
      "A prefix has at most 15 digits, as E.164 numbers do.",
    );
  });

  it("reads as +49… or all destinations", () => {
    expect(formatRoutePrefix("49")).toBe("+49…");
    expect(formatRoutePrefix("")).toBe("all destinations");
  });
});
