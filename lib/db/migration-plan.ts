import type { MigrationFile } from "./migration-files";

export type AppliedMigration = { name: string; checksum: string };

export type MigrationPlan = { pending: MigrationFile[] };

export class MigrationConflictError extends Error {
  override name = "MigrationConflictError";
}

/**
 * Decides what to run. Refuses (throws) when the database and the files
 * disagree about the past: an applied migration whose file was edited, or
 * one that no longer exists. Either means the schema in the database is not
 * the one the code was written for, and running on would hide that.
 */
export function planMigrations(files: MigrationFile[], applied: AppliedMigration[]): MigrationPlan {
  const byName = new Map(files.map((file) => [file.name, file]));
  const problems: string[] = [];
  for (const done of applied) {
    const file = byName.get(done.name);
    if (!file) {
      problems.push(`"${done.name}" was applied but its folder is missing from prisma/migrations`);
    } else if (file.checksum !== done.checksum) {
      problems.push(
        `"${done.name}" was changed after it was applied (checksum ${done.checksum.slice(0, 12)}… in the database, ${file.checksum.slice(0, 12)}… on disk); add a new migration instead of editing an applied one`,
      );
    }
  }
  if (problems.length > 0) {
    throw new MigrationConflictError(`Refusing to migrate: ${problems.join("; ")}.`);
  }
  const appliedNames = new Set(applied.map((done) => done.name));
  const lastApplied = applied
    .map((done) => done.name)
    .sort()
    .at(-1);
  const pending = files.filter((file) => !appliedNames.has(file.name));
  const outOfOrder = pending.filter((file) => lastApplied !== undefined && file.name < lastApplied);
  if (outOfOrder.length > 0) {
    throw new MigrationConflictError(
      `Refusing to migrate: ${outOfOrder.map((f) => `"${f.name}"`).join(", ")} sorts before the last applied migration "${lastApplied}"; give it a newer timestamp.`,
    );
  }
  return { pending };
}
