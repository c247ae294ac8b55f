import Papa from "papaparse";

export type CsvRow = {
  /** 1-based line where the row starts in the file (a quoted field can span lines). */
  line: number;
  fields: string[];
  /** The row's text exactly as in the file, without its line break. */
  raw: string;
  /** papaparse's complaint about this row (e.g. a stray quote), if any. */
  problem?: string;
};

type RawRecord = { line: number; raw: string };

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Delimiter papaparse guesses from the start of the file (comma, semicolon, tab or pipe). */
export function guessDelimiter(sample: string): string {
  const guessed = Papa.parse(sample.slice(0, 64 * 1024), {
    preview: 20,
    // A blank line (such as the one after the final line break) spoils papaparse's guess.
    skipEmptyLines: "greedy",
    delimitersToGuess: [",", ";", "\t", "|"],
  });
  return guessed.meta.delimiter || ",";
}

/**
 * Cuts CSV text into records, streaming: a record ends at a line break
 * outside quotes (RFC 4180: a quote opens a field only at its start, and ""
 * inside a quoted field is a literal quote). Knowing where each record starts
 * and ends gives exact line numbers and the original text for rejected rows,
 * which papaparse's streaming API does not report reliably.
 */
class RecordCutter {
  private carry = "";
  private carryLine = 1;
  private line = 1;
  private inQuotes = false;
  private fieldStart = true;
  /** The previous chunk ended with CR: a LF at the start of this one belongs to it. */
  private pendingCr = false;
  /** Same, inside a quoted field: the CR counts as a line only if no LF follows. */
  private pendingQuotedCr = false;

  constructor(private readonly delimiter: number) {}

  /** Appends the records completed by `text` to `out` (an array, not a generator: this is the hot loop). */
  push(text: string, out: RawRecord[]): void {
    let start = 0;
    let i = 0;
    if (this.pendingQuotedCr) {
      this.pendingQuotedCr = false;
      if (text.charCodeAt(0) !== LF) this.line++;
    }
    if (this.pendingCr) {
      this.pendingCr = false;
      if (text.charCodeAt(0) === LF) start = i = 1;
    }
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (this.inQuotes) {
        if (code === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE) i++;
          else this.inQuotes = false;
        } else if (code === LF) {
          this.line++;
        } else if (code === CR) {
          if (i + 1 === text.length) this.pendingQuotedCr = true;
          else if (text.charCodeAt(i + 1) !== LF) this.line++;
        }
        continue;
      }
      if (code === QUOTE && this.fieldStart) {
        this.inQuotes = true;
        this.fieldStart = false;
      } else if (code === this.delimiter) {
        this.fieldStart = true;
      } else if (code === LF || code === CR) {
        const raw = this.carry + text.slice(start, i);
        // Blank lines are skipped here, before any object is made for them.
        if (raw.length > 0 && raw.trim() !== "") out.push({ line: this.carryLine, raw });
        if (code === CR) {
          if (i + 1 === text.length) this.pendingCr = true;
          else if (text.charCodeAt(i + 1) === LF) i++;
        }
        this.carry = "";
        start = i + 1;
        this.line++;
        this.carryLine = this.line;
        this.fieldStart = true;
      } else {
        this.fieldStart = false;
      }
    }
    this.carry += text.slice(start);
  }

  end(out: RawRecord[]): void {
    if (this.carry.trim() !== "") out.push({ line: this.carryLine, raw: this.carry });
    this.carry = "";
  }
}

/** papaparse parses every record (the cutter only decides where records end). */
function parseRecords(records: RawRecord[], delimiter: string): CsvRow[] {
  const parsed = Papa.parse<string[]>(records.map((record) => record.raw).join("\n"), {
    delimiter,
    newline: "\n",
  });
  if (parsed.data.length === records.length) {
    const rows: CsvRow[] = new Array(records.length);
    for (let index = 0; index < records.length; index++) {
      const record = records[index]!;
      rows[index] = { line: record.line, raw: record.raw, fields: parsed.data[index]! };
    }
    for (const error of parsed.errors) {
      const row = error.row === undefined ? undefined : rows[error.row];
      if (row) row.problem ??= error.message;
    }
    return rows;
  }
  // A malformed record made papaparse see a different number of rows: parse one by one.
  return records.map((record) => {
    const one = Papa.parse<string[]>(record.raw, { delimiter, newline: "\n" });
    const problem = one.errors[0]?.message ?? (one.data.length !== 1 ? "Malformed quotes" : undefined);
    return { ...record, fields: one.data[0] ?? [], ...(problem ? { problem } : {}) };
  });
}

/**
 * Reads CSV text chunks as a stream and yields parsed rows in batches; the
 * next batch is cut only when the caller asks for it, so memory stays flat.
 * Blank lines are skipped. `delimiter` empty means guess from the start.
 */
export async function* readCsvRows(
  text: AsyncIterable<string>,
  options: { delimiter?: string; batchSize: number },
): AsyncGenerator<CsvRow[]> {
  let cutter: RecordCutter | undefined;
  let delimiter = options.delimiter ?? "";
  let pending: RawRecord[] = [];
  const full = function* () {
    while (pending.length >= options.batchSize) {
      yield parseRecords(pending.slice(0, options.batchSize), delimiter);
      pending = pending.slice(options.batchSize);
    }
  };
  for await (const chunk of text) {
    if (!cutter) {
      delimiter ||= guessDelimiter(chunk);
      cutter = new RecordCutter(delimiter.charCodeAt(0));
    }
    cutter.push(chunk, pending);
    yield* full();
  }
  cutter?.end(pending);
  yield* full();
  if (pending.length > 0) yield parseRecords(pending, delimiter);
}
