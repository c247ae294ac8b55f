import { describe, expect, it } from "vitest";
import { checksumOf, type MigrationFile } from "./migration-files";
import { MigrationConflictError, planMigrations } from "./migration-plan";

function file(name: string, sql = `-- ${name}`): MigrationFile {
  return { name, sql, checksum: checksumOf(sql) };
}

describe("planMigrations", () => {
  const first = file("20260101000000_init");
  const second = file("20260201000000_add_parts");

  it("runs every migration on an empty database, in order", () => {
    expect(planMigrations([first, second], []).pending.map((m) => m.name)).toEqual([first.name, second.name]);
  });

  it("runs only the migrations not yet applied", () => {
    const plan = planMigrations([first, second], [{ name: first.name, checksum: first.checksum }]);
    expect(plan.pending.map((m) => m.name)).toEqual([second.name]);
  });

  it("runs nothing when everything is applied", () => {
    const applied = [first, second].map(({ name, checksum }) => ({ name, checksum }));
    expect(planMigrations([first, second], applied).pending).toEqual([]);
  });

  it("refuses when an applied migration's file has changed", () => {
    const edited = file(first.name, "-- edited");
    expect(() => planMigrations([edited], [{ name: first.name, checksum: first.checksum }])).toThrow(
      /"20260101000000_init" was changed after it was applied/,
    );
  });

  it("refuses when an applied migration's folder is missing", () => {
    expect(() => planMigrations([second], [{ name: first.name, checksum: first.checksum }])).toThrow(
      MigrationConflictError,
    );
  });

  it("refuses a new migration that sorts before the last applied one", () => {
    const late = file("20260115000000_late");
    const applied = [first, second].map(({ name, checksum }) => ({ name, checksum }));
    expect(() => planMigrations([first, late, second], applied)).toThrow(/sorts before the last applied/);
  });
});

describe("checksumOf", () => {
  it("treats CRLF and LF line endings as the same file", () => {
    expect(checksumOf("SELECT 1;\r\nSELECT 2;\r\n")).toBe(checksumOf("SELECT 1;\nSELECT 2;\n"));
  });

  it("differs when the SQL differs", () => {
    expect(checksumOf("SELECT 1;")).not.toBe(checksumOf("SELECT 2;"));
  });
});
