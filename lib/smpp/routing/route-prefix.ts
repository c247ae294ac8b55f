/** How a prefix reads on screens and in reasons: "+49…", or "all destinations" for the default route. */
export function formatRoutePrefix(prefix: string): string {
  return prefix === "" ? "all destinations" : `+${prefix}…`;
}

/**
 * Every prefix that matches the number's digits, longest first: for 4915…
 * that is "4915…", …, "49", "4", "" (the default route). The candidates'
 * lookup asks for exactly these, so it reads the (orgId, prefix) index.
 */
export function destinationPrefixes(digits: string): string[] {
  const prefixes: string[] = [];
  for (let length = digits.length; length >= 0; length--) prefixes.push(digits.slice(0, length));
  return prefixes;
}

export interface RankedRoute {
  routeId: string;
  prefix: string;
  position: number;
}

/**
 * Fallback order: the most specific prefix first, then each prefix's own
 * order (prefixes of one length side by side, ties by id, so it is stable).
 */
export function rankRouteCandidates<T extends RankedRoute>(routes: readonly T[]): T[] {
  return [...routes].sort(
    (a, b) =>
      b.prefix.length - a.prefix.length ||
      compare(a.prefix, b.prefix) ||
      a.position - b.position ||
      compare(a.routeId, b.routeId),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
