import { createWriteStream } from "node:fs";
import { once } from "node:events";

export type GeneratedFile = { rows: number; unique: number; duplicates: number; invalid: number };

/** Small, seeded PRNG (mulberry32) so every run imports the same file. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  "Anna",
  "Ben",
  "Clara",
  "David",
  "Elif",
  "Finn",
  "Greta",
  "Hannes",
  "Ida",
  "Jonas",
  "Zoë",
  "Mía",
];
const LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "O'Neil"];
const PLANS = ["free", "basic", "pro", "enterprise"];
const CITIES = ["Berlin", "Hamburg", "München", "Köln", "Frankfurt, Main"];
const PREFIXES = ["151", "152", "157", "160", "162", "170", "171", "175", "176", "177", "178", "179"];

/**
 * The benchmark's CSV: phone, first name, last name and two custom fields;
 * 5% of rows repeat an earlier number, 1% carry an invalid one. Numbers come
 * in the formats marketers' files have (national with spaces, +49, 0049).
 */
export async function generateContactsCsv(path: string, rows: number): Promise<GeneratedFile> {
  const random = prng(42);
  const out = createWriteStream(path);
  out.write("phone,first_name,last_name,plan,city\n");
  const numbers: string[] = [];
  let duplicates = 0;
  let invalid = 0;
  let buffer = "";
  for (let i = 0; i < rows; i++) {
    const roll = random();
    let phone: string;
    if (roll < 0.01) {
      invalid++;
      // Invalid beyond doubt: German numbering accepts surprisingly short numbers, so
      // "invalid" here means letters, far too long, or a country code that does not exist.
      const kind = random();
      phone = kind < 0.34 ? "n/a" : kind < 0.67 ? `0151 ${String(i).padStart(16, "7")}` : `+999 ${i}`;
    } else if (roll < 0.06 && numbers.length > 0) {
      duplicates++;
      phone = numbers[Math.floor(random() * numbers.length)]!;
    } else {
      const prefix = PREFIXES[Math.floor(random() * PREFIXES.length)]!;
      // Distinct subscriber numbers: the row index keeps them unique.
      const subscriber = String(10_000_000 + i).slice(-8);
      const style = random();
      phone =
        style < 0.6
          ? `0${prefix} ${subscriber.slice(0, 4)} ${subscriber.slice(4)}`
          : style < 0.9
            ? `+49 ${prefix} ${subscriber}`
            : `0049${prefix}${subscriber}`;
      numbers.push(`+49${prefix}${subscriber}`);
    }
    const first = FIRST[Math.floor(random() * FIRST.length)]!;
    const last = LAST[Math.floor(random() * LAST.length)]!;
    const plan = PLANS[Math.floor(random() * PLANS.length)]!;
    const city = CITIES[Math.floor(random() * CITIES.length)]!;
    buffer += `${phone},${first},${last},${plan},${city.includes(",") ? `"${city}"` : city}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, "drain");
      buffer = "";
    }
  }
  out.end(buffer);
  await once(out, "finish");
  return { rows, unique: rows - duplicates - invalid, duplicates, invalid };
}
