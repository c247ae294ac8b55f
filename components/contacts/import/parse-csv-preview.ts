import Papa from "papaparse";

/** The delimiters the importer understands (ZImportOptions.delimiter). */
export const CSV_DELIMITERS = [",", ";", "\t", "|"] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** Data rows shown in the preview; one more row is read in case the first holds column names. */
export const PREVIEW_ROWS = 10;

export type ParsedPreview = {
  delimiter: CsvDelimiter;
  /** Up to PREVIEW_ROWS + 1 rows, blank lines left out (as the importer does). */
  rows: string[][];
  /** Columns in the first row: the importer holds every row to that count. */
  columnCount: number;
};

function isDelimiter(value: string): value is CsvDelimiter {
  return (CSV_DELIMITERS as readonly string[]).includes(value);
}

/** Reads the first rows of CSV text, guessing the delimiter the way the importer does. */
export function parseCsvPreview(text: string): ParsedPreview | null {
  const rows: string[][] = [];
  let detected = ",";
  // step + abort rather than `preview`: papaparse's preview counts the blank lines it skips.
  Papa.parse<string[]>(text, {
    delimitersToGuess: [...CSV_DELIMITERS],
    // Also keeps blank lines (such as the one after the last line break) out of the delimiter guess.
    skipEmptyLines: "greedy",
    step: (result, parser) => {
      detected = result.meta.delimiter;
      if (result.data.every((cell) => cell.trim() === "")) return;
      rows.push(result.data);
      if (rows.length > PREVIEW_ROWS) parser.abort();
    },
  });
  const first = rows[0];
  if (!first) return null;
  // A one-column file has no delimiter to find; papaparse then reports ",", which is harmless.
  const delimiter = isDelimiter(detected) ? detected : ",";
  return { delimiter, rows, columnCount: first.length };
}
