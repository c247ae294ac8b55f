/**
 * The fields of a delivery receipt's text, SMPP 3.4 Appendix B:
 * `id:… sub:… dlvrd:… submit date:YYMMDDhhmm done date:YYMMDDhhmm stat:… err:… text:…`.
 * SMSCs vary it: keys in any case and order, "submit_date" for
 * "submit date", fields left out, seconds on the dates. So each known key
 * (at the start or after white space) starts a field that runs to the next
 * key. The first occurrence of a key counts; `text:` runs on past keys that
 * were already seen, since it quotes the message, which may contain them.
 */
export interface ReceiptTextFields {
  id?: string;
  sub?: string;
  dlvrd?: string;
  submitDate?: string;
  doneDate?: string;
  stat?: string;
  err?: string;
  text?: string;
}

const KEY = /(^|\s)(id|sub|dlvrd|submit[ _]date|done[ _]date|stat|err|text):/gi;

const FIELD_OF_KEY: Record<string, keyof ReceiptTextFields> = {
  id: "id",
  sub: "sub",
  dlvrd: "dlvrd",
  "submit date": "submitDate",
  submit_date: "submitDate",
  "done date": "doneDate",
  done_date: "doneDate",
  stat: "stat",
  err: "err",
  text: "text",
};

export function parseReceiptText(text: string): ReceiptTextFields {
  const keys: { field: keyof ReceiptTextFields; start: number; valueStart: number }[] = [];
  for (const match of text.matchAll(KEY)) {
    const start = match.index + match[1]!.length;
    keys.push({
      field: FIELD_OF_KEY[match[2]!.toLowerCase()]!,
      start,
      valueStart: match.index + match[0].length,
    });
  }
  const fields: ReceiptTextFields = {};
  for (let i = 0; i < keys.length; i++) {
    const { field, valueStart } = keys[i]!;
    if (fields[field] !== undefined) continue;
    let end = text.length;
    for (let j = i + 1; j < keys.length; j++) {
      const next = keys[j]!;
      if (field === "text" && fields[next.field] !== undefined) continue;
      end = next.start;
      break;
    }
    const value = text.slice(valueStart, end);
    // The quoted message keeps its own spaces; the other values are single tokens.
    fields[field] = field === "text" ? value.replace(/^ /, "").replace(/\s+$/, "") : value.trim();
  }
  return fields;
}

/** YYMMDDhhmm or YYMMDDhhmmss as a UTC time in 20YY; null when it is neither or names no real time. */
export function parseReceiptDate(value: string | undefined): Date | null {
  const match = value ? /^(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)?$/.exec(value) : null;
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(2000 + year, month - 1, day, hour, minute, second));
  const real =
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second;
  return real ? date : null;
}
