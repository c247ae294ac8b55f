import { execFile } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import { Client } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { workerEnv } from "../scripts/stack/start-stack";
import { buildNodeBundle } from "../scripts/stack/worker-bundle";
import { getPool } from "@/lib/db";
import { measureContactsPages } from "./contacts-pages";
import { generateContactsCsv, type GeneratedFile } from "./generate-contacts-csv";

const run = promisify(execFile);

/** Loads the file with PostgreSQL's own COPY into a bare table: the floor any import can reach. */
async function copyBaseline(databaseUrl: string, path: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `DROP TABLE IF EXISTS bench_copy; CREATE UNLOGGED TABLE bench_copy (phone text, first text, last text, plan text, city text)`,
    );
    const started = performance.now();
    await pipeline(
      createReadStream(path),
      client.query(copyFrom(`COPY bench_copy FROM STDIN WITH (FORMAT csv, HEADER true)`)),
    );
    const seconds = (performance.now() - started) / 1000;
    await client.query("DROP TABLE bench_copy");
    return seconds;
  } finally {
    await client.end();
  }
}

export async function runImportBench(options: {
  databaseUrl: string;
  orgId: string;
  userId: string;
  rows?: number;
}): Promise<Record<string, unknown>> {
  const rows = options.rows ?? 1_000_000;
  mkdirSync(".data/bench", { recursive: true });
  const path = `.data/bench/contacts-${rows}.csv`;
  const expectedFile = `${path}.json`;
  let expected: GeneratedFile;
  if (existsSync(path) && existsSync(expectedFile)) {
    expected = JSON.parse(readFileSync(expectedFile, "utf8")) as GeneratedFile;
  } else {
    expected = await generateContactsCsv(path, rows);
    writeFileSync(expectedFile, JSON.stringify(expected));
  }

  // Run as the worker runs (a bundle under plain node), so its peak RSS is the worker's.
  const child = await buildNodeBundle("bench/import-child.ts", ".build/bench/import-child.mjs");
  const { stdout } = await run(process.execPath, [child, options.orgId, options.userId, path], {
    // The same memory settings as the worker process that runs imports for real.
    env: { ...workerEnv(process.env), DATABASE_URL: options.databaseUrl, LOG_LEVEL: "warn" },
    maxBuffer: 1 << 20,
  });
  const result = JSON.parse(stdout.trim().split("\n").at(-1)!) as Record<string, number> & { listId: string };
  // The contacts page with the million contacts the import just wrote (the issue's < 300 ms).
  const contactsPage = await measureContactsPages(getPool(), { orgId: options.orgId, listId: result.listId });
  const copySeconds = await copyBaseline(options.databaseUrl, path);
  const countsExact =
    result.imported === expected.unique &&
    result.duplicates === expected.duplicates &&
    result.invalid === expected.invalid;
  return {
    rows,
    fileMb: Math.round(statSync(path).size / 1024 / 1024),
    seconds: round(result.seconds!),
    uploadSeconds: round(result.uploadSeconds!),
    importSeconds: round(result.importSeconds!),
    rowsPerSecond: Math.round(rows / result.seconds!),
    peakRssMb: result.peakRssMb,
    importerCpuSeconds: round(result.importerCpuSeconds!),
    imported: result.imported,
    updated: result.updated,
    duplicates: result.duplicates,
    invalid: result.invalid,
    expected: { imported: expected.unique, duplicates: expected.duplicates, invalid: expected.invalid },
    countsExact,
    copySeconds: round(copySeconds),
    ratioToCopy: round(result.seconds! / copySeconds),
    firstPageMs: contactsPage.firstPageMs,
    deepPageMs: contactsPage.deepPageMs,
    contactsPages: contactsPage.pages,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
