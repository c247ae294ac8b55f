import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import {
  authenticateUser,
  createSignInThrottle,
  loadSession,
  revokeSessions,
  WRONG_CREDENTIALS,
} from "@/lib/auth";
import { db } from "@/lib/db";
import { makeOrganization } from "./helpers/factories";

const redis = new Redis(process.env.REDIS_URL!);
afterAll(async () => {
  await redis.quit();
});

function throttle(maxFailures = 3) {
  return createSignInThrottle(redis, { maxFailures, lockSeconds: 30 });
}

describe("authenticateUser", () => {
  it("signs in the owner with the right password and carries organization and role", async () => {
    const { org, user, password } = await makeOrganization();
    const signedIn = await authenticateUser({
      db,
      throttle: throttle(),
      credentials: { email: `  ${user.email.toUpperCase()} `, password },
    });
    expect(signedIn).toMatchObject({ userId: user.id, orgId: org.id, role: "owner", sessionVersion: 1 });
  });

  it("answers a wrong password and an unknown email with the same message", async () => {
    const { user } = await makeOrganization();
    await expect(
      authenticateUser({ db, throttle: throttle(), credentials: { email: user.email, password: "wrong" } }),
    ).rejects.toThrow(WRONG_CREDENTIALS);
    await expect(
      authenticateUser({
        db,
        throttle: throttle(),
        credentials: { email: `nobody-${randomUUID()}@example.test`, password: "whatever" },
      }),
    ).rejects.toThrow(WRONG_CREDENTIALS);
  });

  it("names the empty or malformed field", async () => {
    await expect(
      authenticateUser({ db, throttle: throttle(), credentials: { email: "", password: "x" } }),
    ).rejects.toThrow("Enter your email address.");
    await expect(
      authenticateUser({ db, throttle: throttle(), credentials: { email: "not-an-email", password: "x" } }),
    ).rejects.toThrow("Enter a valid email address, like name@company.com.");
    await expect(
      authenticateUser({ db, throttle: throttle(), credentials: { email: "a@example.test", password: "" } }),
    ).rejects.toThrow("Enter your password.");
  });

  it("locks an address after repeated failures, even for the right password, and says how long", async () => {
    const { user, password } = await makeOrganization();
    for (let attempt = 0; attempt < 3; attempt++) {
      await expect(
        authenticateUser({
          db,
          throttle: throttle(3),
          credentials: { email: user.email, password: "wrong" },
        }),
      ).rejects.toThrow(WRONG_CREDENTIALS);
    }
    await expect(
      authenticateUser({ db, throttle: throttle(3), credentials: { email: user.email, password } }),
    ).rejects.toThrow(/^Too many failed attempts\. Try again in (30|29|28) seconds\.$/);
  });
});

describe("session revocation", () => {
  it("refuses a session whose version was bumped (sign-out, password change, removal)", async () => {
    const { org, user } = await makeOrganization();
    const claims = { db, userId: user.id, orgId: org.id, sessionVersion: user.sessionVersion };
    expect(await loadSession(claims)).toMatchObject({ userId: user.id, orgId: org.id, role: "owner" });
    await revokeSessions({ db, userId: user.id });
    expect(await loadSession(claims)).toBeNull();
  });

  it("refuses a session for an organization the user does not belong to", async () => {
    const mine = await makeOrganization();
    const theirs = await makeOrganization();
    expect(
      await loadSession({
        db,
        userId: mine.user.id,
        orgId: theirs.org.id,
        sessionVersion: mine.user.sessionVersion,
      }),
    ).toBeNull();
  });
});
