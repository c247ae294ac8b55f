import Handlebars from "handlebars";
import { compileTemplate, type TemplateContact } from "@/lib/templates";

/**
 * Render benchmark: a 5-tag template for `messages` recipients, each
 * rendered, encoding-detected and segment-counted, against a bare
 * Handlebars loop of the same template in the same run.
 *
 * Recipients come from a pool of 65,536 distinct generated contacts, cycled:
 * a million live contact objects would measure the garbage collector rather
 * than rendering. The pool mixes plain GSM-7 names, names that force UCS-2
 * ("Zoë": ë is not in GSM-7; "Łukasz"), extension characters, emoji and
 * long values that push a message into a second segment.
 */

export const RENDER_BENCH_TEMPLATE =
  "Hi {{firstName}} {{lastName}}, your {{fields.plan}} plan renews on {{fields.renewal}}. Code {{fields.code}}";

const POOL_SIZE = 1 << 16;
const ROUNDS = 4;

const FIRST_NAMES = [
  "Anna",
  "Ben",
  "Chloé",
  "Dmitri",
  "Zoë",
  "José",
  "Søren",
  "Łukasz",
  "Mia",
  "Noah",
  "Olivia",
  "Renée",
];
const LAST_NAMES = [
  "Smith",
  "Jones",
  "Müller",
  "García",
  "Øster",
  "O'Brien",
  "Nakamura",
  "Brown",
  "Dubois",
  "Kowalski",
];
const PLANS = [
  "Gold",
  "Silver",
  "Bronze",
  "Family",
  "Pro [annual]",
  "Basic",
  "Premium ⭐",
  "Unlimited Data 25GB",
];
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** mulberry32: deterministic, so every run renders the same audience. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateContacts(count: number): TemplateContact[] {
  const next = random(20250301);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const contacts: TemplateContact[] = [];
  for (let i = 0; i < count; i++) {
    let code = "";
    for (let c = 0; c < 6; c++) code += pick([...CODE_ALPHABET]);
    const roll = next();
    // 2% get an emoji, 5% a long surname that needs a second segment.
    const firstName = roll < 0.02 ? `${pick(FIRST_NAMES)} 🎉` : pick(FIRST_NAMES);
    const lastName = roll > 0.95 ? `${pick(LAST_NAMES)}-${"Featherstonehaugh".repeat(4)}` : pick(LAST_NAMES);
    const month = String(1 + Math.floor(next() * 12)).padStart(2, "0");
    const day = String(1 + Math.floor(next() * 28)).padStart(2, "0");
    contacts.push({
      phone: `+447700${String(900000 + i).padStart(6, "0")}`,
      firstName,
      lastName,
      email: null,
      fields: { plan: pick(PLANS), renewal: `2026-${month}-${day}`, code },
    });
  }
  return contacts;
}

export async function runRenderBench(options: { messages?: number } = {}): Promise<Record<string, number>> {
  const messages = options.messages ?? 1_000_000;
  const contacts = generateContacts(Math.min(POOL_SIZE, messages));
  const mask = contacts.length - 1;
  const poolIsPowerOfTwo = (contacts.length & mask) === 0;
  const contactAt = (i: number): TemplateContact =>
    contacts[poolIsPowerOfTwo ? i & mask : i % contacts.length]!;

  const template = compileTemplate(RENDER_BENCH_TEMPLATE, { knownFields: ["plan", "renewal", "code"] });
  // The bare baseline: a fresh Handlebars environment, same source, only escaping off so both produce the same text.
  const bare = Handlebars.create().compile<TemplateContact>(RENDER_BENCH_TEMPLATE, { noEscape: true });

  let segments = 0;
  let ucs2 = 0;
  let multipart = 0;
  let bareLength = 0;
  const renderLoop = (from: number, to: number): number => {
    const start = performance.now();
    for (let i = from; i < to; i++) {
      const message = template.render(contactAt(i));
      segments += message.segments;
      if (message.encoding === "UCS-2") ucs2++;
      if (message.segments > 1) multipart++;
    }
    return performance.now() - start;
  };
  const bareLoop = (from: number, to: number): number => {
    const start = performance.now();
    for (let i = from; i < to; i++) bareLength += bare(contactAt(i)).length;
    return performance.now() - start;
  };

  // Warm both paths up so the JIT has settled before anything is timed.
  const warmUp = Math.min(100_000, messages);
  renderLoop(0, warmUp);
  bareLoop(0, warmUp);
  segments = ucs2 = multipart = bareLength = 0;

  // Interleaved rounds, so drift (GC, CPU frequency) hits both loops alike.
  let renderMs = 0;
  let bareMs = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const from = Math.floor((messages * round) / ROUNDS);
    const to = Math.floor((messages * (round + 1)) / ROUNDS);
    bareMs += bareLoop(from, to);
    renderMs += renderLoop(from, to);
  }
  if (bareLength === 0) throw new Error("The baseline rendered nothing.");

  const seconds = renderMs / 1000;
  const messagesPerSecond = messages / seconds;
  const baselinePerSecond = messages / (bareMs / 1000);
  return {
    messages,
    seconds: round(seconds, 3),
    messagesPerSecond: Math.round(messagesPerSecond),
    baselinePerSecond: Math.round(baselinePerSecond),
    ratioToBaseline: round(messagesPerSecond / baselinePerSecond, 3),
    baselineSeconds: round(bareMs / 1000, 3),
    segments,
    ucs2Messages: ucs2,
    multipartMessages: multipart,
  };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
