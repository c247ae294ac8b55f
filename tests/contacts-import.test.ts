import { afterAll, describe, expect, it } from "vitest";
import { ANALYZE_AFTER_ROWS, createImport, expireStaleUploads, getImport, runImport } from "@/lib/contacts";
import { db, getPool } from "@/lib/db";
import { logger } from "@/lib/logger";
import { closeQueues } from "@/lib/queue";
import { makeOrganization } from "./helpers/factories";
import { uploadImport } from "./helpers/import-file";

afterAll(async () => {
  await closeQueues();
});

async function rejectedRows(importId: string) {
  return db.contactImportError.findMany({
    where: { importId },
    orderBy: { lineNumber: "asc" },
    select: { lineNumber: true, reason: true, rawText: true },
  });
}

/** Every bad-input case the issue names, in one file: CRLF, quotes, blank lines, BOM handled by the decoder. */
const MIXED_FILE = [
  "phone,first,last,plan", // 1
  "+49 151 12345678,Anna,Schmidt,gold", // 2 ok, international with spaces
  "0151-2345-6789,Bernd,Meier,silver", // 3 ok, national with dashes
  '(0151) 345.678.90,Clara,,=HYPERLINK("x")', // 4 ok, parentheses and dots; formula kept as text
  "0049 151 45678901,Dora,Wolf,", // 5 ok, leading 00
  "+49 151 12345678,Anna,Again,gold", // 6 duplicate of line 2
  "not a number,Eve,X,", // 7 letters
  ",Frank,Y,", // 8 missing phone
  "+1 202 555,Gina,Z,", // 9 too short for the US
  "4.91511E+12,Hans,Excel,", // 10 Excel lost digits
  "+49 151 56789012,Ida", // 11 wrong column count
  "", // 12 blank line: skipped, not counted
  '"+49 151 67890123","Jo, Jr","Multi\r\nLine",bronze', // 13-14 quoted comma and newline
  '+49 151 78901234,"Ka"rl",K,', // 15 stray quote
  "4.915189012345E+12,Lena,Excel,ok", // 16 Excel notation with all digits
].join("\r\n");

describe("contact import", () => {
  it("imports good rows, counts duplicates and keeps every rejected line with its reason", async () => {
    const { org, user } = await makeOrganization();
    const { record, upload } = await uploadImport({
      orgId: org.id,
      userId: user.id,
      content: "\uFEFF" + MIXED_FILE,
    });
    expect(await upload).toEqual({ bytes: new TextEncoder().encode("\uFEFF" + MIXED_FILE).length });
    await runImport({ orgId: org.id, importId: record.id, logger });

    const result = await getImport({ orgId: org.id, importId: record.id });
    expect(result.progress).toMatchObject({
      status: "completed",
      rowsRead: 13,
      imported: 6,
      updated: 0,
      duplicates: 1,
      invalid: 6,
      error: null,
    });
    const rejected = await rejectedRows(record.id);
    expect(rejected.map((r) => r.lineNumber)).toEqual([7, 8, 9, 10, 11, 15]);
    expect(rejected.find((r) => r.lineNumber === 8)?.reason).toBe("Missing phone number");
    expect(rejected.find((r) => r.lineNumber === 11)).toMatchObject({
      reason: "Wrong number of columns: expected 4, found 2",
      rawText: "+49 151 56789012,Ida",
    });
    expect(rejected.find((r) => r.lineNumber === 10)?.reason).toMatch(/lost digits/);
    expect(rejected.find((r) => r.lineNumber === 15)?.reason).toMatch(/^Malformed quotes/);

    const contacts = await db.contact.findMany({ where: { orgId: org.id }, orderBy: { id: "asc" } });
    expect(contacts.map((c) => c.phone)).toEqual([
      "+4915112345678",
      "+4915123456789",
      "+4915134567890",
      "+4915145678901",
      "+4915167890123",
      "+4915189012345",
    ]);
    expect(contacts.find((c) => c.phone === "+4915134567890")?.fields).toEqual({ plan: '=HYPERLINK("x")' });
    expect(contacts.find((c) => c.phone === "+4915167890123")).toMatchObject({
      firstName: "Jo, Jr",
      lastName: "Multi\r\nLine",
      fields: { plan: "bronze" },
    });
    const org2 = await db.organization.findUniqueOrThrow({ where: { id: org.id } });
    expect(org2.contactCount).toBe(6);
    expect(result.list?.id).toBeDefined();
    const list = await db.contactList.findUniqueOrThrow({ where: { id: result.list!.id } });
    expect(list.memberCount).toBe(6);
    expect(await db.contactImportChunk.count({ where: { importId: record.id } })).toBe(0);
  });

  it("refreshes the planner's statistics once an import has written 10,000 contacts", async () => {
    const { org, user } = await makeOrganization();
    const lines = ["phone,first,last,plan"];
    for (let i = 0; i < ANALYZE_AFTER_ROWS; i++)
      lines.push(`+49151${String(30_000_000 + i)},First${i},Last${i},gold`);
    const { record, upload } = await uploadImport({
      orgId: org.id,
      userId: user.id,
      content: lines.join("\n"),
    });
    await upload;
    const analyzedAt = async () =>
      (
        await getPool().query<{ at: Date | null }>(
          `SELECT greatest(last_analyze, last_autoanalyze) AS at FROM pg_stat_user_tables WHERE relname = 'contact_list_members'`,
        )
      ).rows[0]!.at;
    const before = await analyzedAt();
    await runImport({ orgId: org.id, importId: record.id, logger });

    expect((await getImport({ orgId: org.id, importId: record.id })).progress).toMatchObject({
      status: "completed",
      imported: ANALYZE_AFTER_ROWS,
    });
    const after = await analyzedAt();
    expect(after).not.toBeNull();
    if (before) expect(after!.getTime()).toBeGreaterThan(before.getTime());
  });
});

describe("contact import: existing contacts", () => {
  const first = "phone,first,last,plan\n+49 151 11111111,Anna,Old,gold\n+49 151 22222222,Ben,Old,silver";
  const second = "phone,first,last,plan\n+49 151 11111111,Anna,New,\n+49 151 33333333,Cem,New,bronze";

  it("keeps existing contacts as they are with 'skip' and still adds them to the list", async () => {
    const { org, user } = await makeOrganization();
    const one = await uploadImport({ orgId: org.id, userId: user.id, content: first });
    await one.upload;
    await runImport({ orgId: org.id, importId: one.record.id, logger });
    const two = await uploadImport({
      orgId: org.id,
      userId: user.id,
      content: second,
      options: { existing: "skip" },
    });
    await two.upload;
    await runImport({ orgId: org.id, importId: two.record.id, logger });

    expect((await getImport({ orgId: org.id, importId: two.record.id })).progress).toMatchObject({
      imported: 1,
      updated: 0,
      duplicates: 1,
      invalid: 0,
    });
    const anna = await db.contact.findFirstOrThrow({ where: { orgId: org.id, phone: "+4915111111111" } });
    expect(anna.lastName).toBe("Old");
    const list = await db.contactList.findUniqueOrThrow({ where: { id: two.record.listId! } });
    expect(list.memberCount).toBe(2);
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).contactCount).toBe(3);
  });

  it("updates fields of existing contacts with 'update', never erasing a value with an empty cell", async () => {
    const { org, user } = await makeOrganization();
    const one = await uploadImport({ orgId: org.id, userId: user.id, content: first });
    await one.upload;
    await runImport({ orgId: org.id, importId: one.record.id, logger });
    const two = await uploadImport({
      orgId: org.id,
      userId: user.id,
      content: second,
      options: { existing: "update" },
    });
    await two.upload;
    await runImport({ orgId: org.id, importId: two.record.id, logger });

    expect((await getImport({ orgId: org.id, importId: two.record.id })).progress).toMatchObject({
      imported: 1,
      updated: 1,
      duplicates: 0,
    });
    const anna = await db.contact.findFirstOrThrow({ where: { orgId: org.id, phone: "+4915111111111" } });
    expect(anna).toMatchObject({ lastName: "New", fields: { plan: "gold" } });
  });
});

describe("contact import: whole-file problems leave nothing behind", () => {
  async function importFails(content: Uint8Array | string, message: RegExp, maxBytes?: number) {
    const { org, user } = await makeOrganization();
    const { record, upload } = await uploadImport({ orgId: org.id, userId: user.id, content, maxBytes });
    let failure: unknown;
    try {
      await upload;
      await runImport({ orgId: org.id, importId: record.id, logger });
    } catch (error) {
      failure = error;
    }
    expect(String(failure)).toMatch(message);
    expect(await db.contact.count({ where: { orgId: org.id } })).toBe(0);
    return record.id;
  }

  it("refuses an empty file", async () => {
    await importFails("", /The file is empty/);
  });

  it("refuses a binary file", async () => {
    await importFails(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0]), /not a CSV/);
  });

  it("refuses a file over the size limit and marks the import failed", async () => {
    const importId = await importFails("phone\n" + "+49 151 12345678\n".repeat(2_000), /larger than/, 10_000);
    const record = await db.contactImport.findUniqueOrThrow({ where: { id: importId } });
    expect(record.status).toBe("failed");
    expect(await db.contactImportChunk.count({ where: { importId } })).toBe(0);
  });

  it("refuses a file with only a header", async () => {
    await importFails("phone,first,last,plan\r\n", /no contacts below it/);
  });

  it("refuses a mapping whose phone column is not in the file", async () => {
    const { org, user } = await makeOrganization();
    const { record, upload } = await uploadImport({
      orgId: org.id,
      userId: user.id,
      content: "name\nAnna",
      options: { mapping: { phone: 2, custom: [] } },
    });
    await upload;
    await expect(runImport({ orgId: org.id, importId: record.id, logger })).rejects.toThrow(
      "The phone column (column 3) is not in the file, which has 1 columns.",
    );
  });
});

describe("contact import: file formats", () => {
  it("reads a Windows-1252 file with semicolons", async () => {
    const { org, user } = await makeOrganization();
    // "phone;first;last;plan\r\n0151 44444444;Zoë;Müller;€\r\n" in Windows-1252
    const text = "phone;first;last;plan\r\n0151 44444444;Zo\u00eb;M\u00fcller;\u20ac\r\n";
    const cp1252 = Uint8Array.from([...text].map((ch) => (ch === "\u20ac" ? 0x80 : ch.charCodeAt(0))));
    const { record, upload } = await uploadImport({ orgId: org.id, userId: user.id, content: cp1252 });
    await upload;
    await runImport({ orgId: org.id, importId: record.id, logger });
    const contact = await db.contact.findFirstOrThrow({ where: { orgId: org.id } });
    expect(contact).toMatchObject({
      phone: "+4915144444444",
      firstName: "Zoë",
      lastName: "Müller",
      fields: { plan: "€" },
    });
  });

  it("reads a tab-separated file", async () => {
    const { org, user } = await makeOrganization();
    const { record, upload } = await uploadImport({
      orgId: org.id,
      userId: user.id,
      content: "phone\tfirst\tlast\tplan\n+49 151 55555555\tUwe\tTab\tx\n",
    });
    await upload;
    await runImport({ orgId: org.id, importId: record.id, logger });
    expect((await getImport({ orgId: org.id, importId: record.id })).progress.imported).toBe(1);
  });
});

describe("contact import: crash and resume", () => {
  it("finishes after a failure mid-file with every contact once and exact counts", async () => {
    const { org, user } = await makeOrganization();
    const rows = ["phone,first,last,plan"];
    for (let i = 0; i < 12_000; i++)
      rows.push(`+49 151 ${String(20_000_000 + (i % 11_000)).padStart(8, "0")},N${i},L,p`);
    rows.push("bad,row,x,y");
    const { record, upload } = await uploadImport({
      orgId: org.id,
      userId: user.id,
      content: rows.join("\n"),
    });
    await upload;

    // Make the second batch fail once, after the first one committed.
    const pool = getPool();
    const trigger = `fail_second_batch_${record.id.replace(/-/g, "")}`;
    await pool.query(`
      CREATE OR REPLACE FUNCTION fail_second_batch() RETURNS trigger AS $$
      BEGIN
        IF NEW.id::text = TG_ARGV[0] AND NEW."checkpointRow" > 4999 AND NEW."checkpointRow" < 10000 THEN
          RAISE EXCEPTION 'simulated crash';
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await pool.query(
      `CREATE TRIGGER ${trigger} BEFORE UPDATE ON contact_imports FOR EACH ROW EXECUTE FUNCTION fail_second_batch('${record.id}')`,
    );
    try {
      await expect(runImport({ orgId: org.id, importId: record.id, logger })).rejects.toThrow(
        /simulated crash/,
      );
    } finally {
      await pool.query(`DROP TRIGGER ${trigger} ON contact_imports`);
    }
    const halfway = await db.contactImport.findUniqueOrThrow({ where: { id: record.id } });
    expect(halfway.checkpointRow).toBe(4_999);
    expect(await db.contact.count({ where: { orgId: org.id } })).toBe(4_999);

    await runImport({ orgId: org.id, importId: record.id, logger });
    const done = await getImport({ orgId: org.id, importId: record.id });
    expect(done.progress).toMatchObject({
      status: "completed",
      rowsRead: 12_001,
      imported: 11_000,
      duplicates: 1_000,
      invalid: 1,
    });
    expect(await db.contact.count({ where: { orgId: org.id } })).toBe(11_000);
  });
});

describe("contact import: tenant isolation", () => {
  it("does not let another organization read, upload to or run an import", async () => {
    const owner = await makeOrganization();
    const intruder = await makeOrganization();
    const { record, upload } = await uploadImport({
      orgId: owner.org.id,
      userId: owner.user.id,
      content: "phone\n+4915166666666",
    });
    await upload;
    await expect(getImport({ orgId: intruder.org.id, importId: record.id })).rejects.toThrow(
      "That import was not found.",
    );
    await runImport({ orgId: intruder.org.id, importId: record.id, logger });
    expect((await db.contactImport.findUniqueOrThrow({ where: { id: record.id } })).status).toBe("pending");
    expect(await db.contact.count({ where: { orgId: intruder.org.id } })).toBe(0);
  });
});

describe("contact import: abandoned uploads", () => {
  it("fails imports whose upload never finished and frees their chunks, leaving recent ones alone", async () => {
    const { org, user } = await makeOrganization();
    const abandoned = await createImport({
      orgId: org.id,
      userId: user.id,
      input: {
        fileName: "a.csv",
        list: { newListName: "Abandoned" },
        options: { mapping: { phone: 0 }, defaultCountry: "DE" },
      },
    });
    const recent = await createImport({
      orgId: org.id,
      userId: user.id,
      input: {
        fileName: "b.csv",
        list: { newListName: "Recent" },
        options: { mapping: { phone: 0 }, defaultCountry: "DE" },
      },
    });
    await db.contactImportChunk.create({
      data: { importId: abandoned.id, seq: 0, data: Buffer.from("phone\n") },
    });
    await db.contactImport.update({
      where: { id: abandoned.id },
      data: { createdAt: new Date(Date.now() - 2 * 3600_000) },
    });

    expect(await expireStaleUploads()).toBeGreaterThanOrEqual(1);
    expect(await db.contactImport.findUniqueOrThrow({ where: { id: abandoned.id } })).toMatchObject({
      status: "failed",
      error: "The upload did not finish. Choose the file again to import it.",
    });
    expect(await db.contactImportChunk.count({ where: { importId: abandoned.id } })).toBe(0);
    expect((await db.contactImport.findUniqueOrThrow({ where: { id: recent.id } })).status).toBe("uploading");
  });
});
