#!/usr/bin/env node
// A minimal Prisma generator (JSON-RPC over stdin/stderr, the protocol of
// @prisma/generator-helper). It writes the parsed datamodel (DMMF) to a JSON
// file so tests/schema-drift.test.ts can compare schema.prisma with the
// migrated database without Prisma's native schema engine, which cannot be
// downloaded on our machines.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { createInterface } from "node:readline";

function reply(id, result) {
  process.stderr.write(JSON.stringify({ jsonrpc: "2.0", id, result }) + "\n");
}

createInterface({ input: process.stdin }).on("line", (line) => {
  const message = JSON.parse(line);
  if (message.method === "getManifest") {
    reply(message.id, {
      manifest: { prettyName: "Schema model (DMMF) for the drift test", requiresEngines: [] },
    });
  } else if (message.method === "generate") {
    const output = message.params.generator.output.value;
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, JSON.stringify(message.params.dmmf.datamodel, null, 2));
    reply(message.id, null);
  }
});
