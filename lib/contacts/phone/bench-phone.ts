import type { CountryCode } from "libphonenumber-js/min";
import { normalizePhone } from "./normalize-phone";
import { seededRandom, type SeededRandom } from "./seeded-random";
import { slowPathCallCount } from "./slow-path";

export interface PhoneBenchResult {
  numbers: number;
  perSecond: number;
  /** Share of numbers that needed libphonenumber itself. */
  slowPathShare: number;
  validShare: number;
}

/**
 * Times `normalizePhone` over `n` cells shaped like a German marketer's list: 80% national
 * format with spaces, 15% +49 / 0049, 5% other countries, and 1% of all rows broken.
 * Run it with `npx tsx -e 'import("./lib/contacts/phone/bench-phone.ts").then(m => console.log(m.benchPhone(1e6)))'`.
 */
export function benchPhone(n: number): PhoneBenchResult {
  const random = seededRandom(20_240_601);
  const cells = Array.from({ length: n }, () => realisticCell(random));
  for (const cell of cells.slice(0, 10_000)) normalizePhone(cell, "DE");

  const slowBefore = slowPathCallCount();
  let valid = 0;
  const started = performance.now();
  for (const cell of cells) if (normalizePhone(cell, "DE").ok) valid++;
  const seconds = (performance.now() - started) / 1000;
  return {
    numbers: n,
    perSecond: Math.round(n / seconds),
    slowPathShare: (slowPathCallCount() - slowBefore) / n,
    validShare: valid / n,
  };
}

const GERMAN_MOBILE_PREFIXES = [
  "151",
  "152",
  "157",
  "159",
  "160",
  "162",
  "163",
  "170",
  "171",
  "172",
  "173",
  "175",
  "176",
  "177",
  "178",
  "179",
];
const GERMAN_AREA_CODES = ["30", "40", "89", "221", "69", "711", "211", "341", "351", "511"];

/** Numbers of other countries, written the way they usually are. */
const FOREIGN: readonly { country: CountryCode; write: (random: SeededRandom) => string }[] = [
  { country: "AT", write: (r) => `+43 664 ${r.digits(7)}` },
  { country: "CH", write: (r) => `+41 79 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}` },
  { country: "FR", write: (r) => `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}` },
  { country: "NL", write: (r) => `+31 6 ${r.digits(8)}` },
  { country: "PL", write: (r) => `+48 512 ${r.digits(3)} ${r.digits(3)}` },
  { country: "GB", write: (r) => `+44 7700 ${r.digits(6)}` },
  { country: "US", write: (r) => `+1 (212) 555-${r.digits(4)}` },
  { country: "TR", write: (r) => `+90 532 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}` },
];

function realisticCell(random: SeededRandom): string {
  const roll = random.next();
  let cell: string;
  if (roll < 0.8) cell = germanNational(random);
  else if (roll < 0.95) cell = germanInternational(random);
  else cell = random.pick(FOREIGN).write(random);
  return random.next() < 0.01 ? brokenCell(random, cell) : cell;
}

/** The broken rows real lists have: cut-off numbers, spreadsheet damage, placeholders. */
function brokenCell(random: SeededRandom, cell: string): string {
  const roll = random.next();
  if (roll < 0.6) return cell.slice(0, 6);
  if (roll < 0.8) return `4.9${random.digits(4)}E+12`;
  return random.pick(["", "n/a", "-", "unknown"]);
}

function germanNational(random: SeededRandom): string {
  if (random.next() < 0.7) {
    const prefix = random.pick(GERMAN_MOBILE_PREFIXES);
    return prefix.startsWith("15")
      ? `0${prefix} ${random.digits(4)} ${random.digits(4)}`
      : `0${prefix} ${random.digits(7)}`;
  }
  return `0${random.pick(GERMAN_AREA_CODES)} ${random.digits(3)} ${random.digits(4)}`;
}

function germanInternational(random: SeededRandom): string {
  const prefix = random.next() < 0.7 ? "+49" : "0049";
  return `${prefix} ${random.pick(GERMAN_MOBILE_PREFIXES)} ${random.digits(7)}`;
}
