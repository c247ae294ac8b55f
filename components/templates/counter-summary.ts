import type { TextAnalysis } from "@/lib/templates/text";

/** "GSM-7 · 87/160 characters · 1 segment", "UCS-2 · 75/134 characters · 2 segments". */
export function counterSummary(analysis: TextAnalysis): string {
  const { encoding, units, segments, perSegment } = analysis;
  return `${encoding} · ${units}/${perSegment * segments} characters · ${segmentCount(segments)}`;
}

export function segmentCount(segments: number): string {
  return `${segments} ${segments === 1 ? "segment" : "segments"}`;
}

/** "1–2 segments", or "1 segment" when every message has the same length. */
export function segmentRange(min: number, max: number): string {
  return min === max ? segmentCount(min) : `${min}–${max} segments`;
}

const numberFormat = new Intl.NumberFormat("en");

export function count(n: number, one: string, many: string): string {
  return `${numberFormat.format(n)} ${n === 1 ? one : many}`;
}

/** The characters forcing UCS-2, each once, in order of first appearance. */
export function distinctCharacters<T extends { char: string }>(characters: readonly T[]): T[] {
  const seen = new Set<string>();
  return characters.filter(({ char }) => !seen.has(char) && seen.add(char));
}
