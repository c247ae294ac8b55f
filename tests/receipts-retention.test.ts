import { describe, expect, it } from "vitest";
import { db, getPool } from "@/lib/db";
import { forgetMatchedReceipts } from "@/lib/messaging";
import { makeOrganization } from "./helpers/factories";

describe("kept receipts", () => {
  it("forgets receipts matched more than a day ago and keeps the rest", async () => {
    const { org } = await makeOrganization();
    const receipt = (smscMessageId: string, matchedAt: Date | null) =>
      db.receipt.create({ data: { orgId: org.id, smscMessageId, stat: "DELIVRD", raw: "id:x", matchedAt } });
    const old = await receipt("a1", new Date(Date.now() - 2 * 24 * 3600_000));
    const recent = await receipt("a2", new Date(Date.now() - 3600_000));
    const unmatched = await receipt("a3", null);

    expect(await forgetMatchedReceipts(getPool())).toBeGreaterThanOrEqual(1);
    const left = await db.receipt.findMany({ where: { orgId: org.id }, select: { id: true } });
    expect(left.map((row) => row.id).sort()).toEqual([recent.id, unmatched.id].sort());
    expect(left.some((row) => row.id === old.id)).toBe(false);
  });
});
