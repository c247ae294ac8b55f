/**
 * The importing process of `npm run bench -- import`: uploads the file and
 * runs the import through the same functions the UI and the worker use, then
 * reports its own figures (peak RSS is this process's alone).
 */
import { createReadStream, statSync } from "node:fs";
import { Readable } from "node:stream";
import { createImport, getImport, receiveImportFile, runImport } from "@/lib/contacts";
import { closePool, db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { closeQueues } from "@/lib/queue";

const [orgId, userId, path] = process.argv.slice(2) as [string, string, string];

async function main() {
  const started = performance.now();
  const record = await createImport({
    orgId,
    userId,
    input: {
      fileName: "bench-1m.csv",
      list: { newListName: `Bench ${new Date().toISOString()}` },
      options: {
        mapping: {
          phone: 0,
          firstName: 1,
          lastName: 2,
          custom: [
            { column: 3, name: "plan" },
            { column: 4, name: "city" },
          ],
        },
        defaultCountry: "DE",
        existing: "skip",
      },
    },
  });
  const body = Readable.toWeb(
    createReadStream(path, { highWaterMark: 256 * 1024 }),
  ) as ReadableStream<Uint8Array>;
  await receiveImportFile({ orgId, importId: record.id, body, maxBytes: statSync(path).size + 1 });
  const uploaded = performance.now();
  await runImport({ orgId, importId: record.id, logger });
  const finished = performance.now();
  const result = await getImport({ orgId, importId: record.id });
  process.stdout.write(
    JSON.stringify({
      uploadSeconds: (uploaded - started) / 1000,
      importSeconds: (finished - uploaded) / 1000,
      seconds: (finished - started) / 1000,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      // CPU this process used (parsing, normalising, building batches); the rest of the wall time is PostgreSQL.
      importerCpuSeconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
      listId: result.list?.id,
      ...result.progress,
    }) + "\n",
  );
  await closeQueues();
  await closePool();
  await db.$disconnect();
  // The shared Redis connection (live events) would keep the process alive.
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
