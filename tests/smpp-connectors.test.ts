import { randomUUID } from "node:crypto";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { subscribeEvents, type LiveEvent } from "@/lib/events";
import { createRedis, redisKey } from "@/lib/redis";
import {
  BIND_STATE_TTL_SECONDS,
  ConnectorNameTakenError,
  ConnectorSecretError,
  createConnector,
  decryptConnectorPassword,
  deleteConnector,
  deriveConnectorKey,
  encryptConnectorPassword,
  getConnector,
  listConnectors,
  loadConnectorSettings,
  readConnectorStates,
  reportBindState,
  testConnector,
  updateConnector,
  type CreateConnectorInput,
} from "@/lib/smpp";
import { createSmscSimulator } from "@/worker/smsc-simulator/simulator";
import { makeOrganization } from "./helpers/factories";

const redis = createRedis("smpp-connectors-test");

afterAll(() => {
  redis.disconnect();
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

/** The settings of a carrier connection, as an owner enters them. */
function carrier(orgId: string, overrides: Partial<CreateConnectorInput> = {}): CreateConnectorInput {
  return {
    orgId,
    role: "owner",
    name: "Carrier A",
    host: "smpp.carrier.example",
    port: 2776,
    systemId: "acme",
    password: "s3cr3t!",
    ...overrides,
  };
}

async function storedPassword(connectorId: string): Promise<string> {
  const rows = await db.$queryRaw<{ password: string }[]>`
    SELECT password FROM smpp_connectors WHERE id = ${connectorId}::uuid`;
  return rows[0]!.password;
}

describe("connector CRUD", () => {
  it("creates with the database's defaults, reads, lists by name, updates some settings and deletes", async () => {
    const { org } = await makeOrganization();
    const created = await createConnector(carrier(org.id, { name: "  Zeta route  " }));
    expect(created).toMatchObject({
      name: "Zeta route",
      host: "smpp.carrier.example",
      port: 2776,
      tls: false,
      systemId: "acme",
      hasPassword: true,
      systemType: "",
      bindMode: "transceiver",
      binds: 1,
      windowSize: 10,
      throughputPerSecond: 50,
      sourceTon: 5,
      sourceNpi: 0,
      destTon: 1,
      destNpi: 1,
      enquireLinkSeconds: 30,
      responseTimeoutSeconds: 30,
      enabled: true,
    });
    expect(await getConnector({ orgId: org.id, connectorId: created.id })).toEqual(created);

    const other = await createConnector(
      carrier(org.id, {
        name: "Alpha route",
        host: "2001:db8::10",
        tls: true,
        bindMode: "transmitter_receiver",
        systemType: "VMA",
        binds: 3,
        windowSize: 50,
        throughputPerSecond: 200,
        sourceTon: 1,
        sourceNpi: 1,
        destTon: 0,
        destNpi: 0,
        enquireLinkSeconds: 60,
        responseTimeoutSeconds: 10,
        enabled: false,
      }),
    );
    expect((await listConnectors({ orgId: org.id })).map((c) => c.name)).toEqual([
      "Alpha route",
      "Zeta route",
    ]);
    expect(other).toMatchObject({ tls: true, bindMode: "transmitter_receiver", binds: 3, enabled: false });

    const updated = await updateConnector({
      orgId: org.id,
      role: "admin",
      connectorId: created.id,
      host: "192.0.2.10",
      throughputPerSecond: 500,
      enabled: false,
    });
    expect(updated).toMatchObject({
      id: created.id,
      name: "Zeta route",
      host: "192.0.2.10",
      port: 2776,
      throughputPerSecond: 500,
      enabled: false,
      hasPassword: true,
    });

    await deleteConnector({ orgId: org.id, role: "owner", connectorId: created.id });
    expect(await rejection(getConnector({ orgId: org.id, connectorId: created.id }))).toBeInstanceOf(
      NotFoundError,
    );
    expect((await listConnectors({ orgId: org.id })).map((c) => c.name)).toEqual(["Alpha route"]);
  });

  it("accepts host names, IPv4 and IPv6 addresses, and a connector without a password", async () => {
    const { org } = await makeOrganization();
    for (const [index, host] of ["localhost", "smsc-1.example.com.", "10.0.0.1", "::1"].entries()) {
      const connector = await createConnector(carrier(org.id, { name: `Host ${index}`, host, password: "" }));
      expect(connector).toMatchObject({ host, hasPassword: false });
    }
  });

  const badSettings: [string, Partial<CreateConnectorInput>, string, RegExp][] = [
    ["an empty name", { name: "   " }, "name", /Give the connector a name/],
    ["a long name", { name: "x".repeat(101) }, "name", /under 100 characters/],
    ["a host with spaces", { host: "smpp carrier" }, "host", /host name such as/],
    ["an all-digit host that is no IPv4", { host: "300.1.2.3" }, "host", /host name such as/],
    ["an empty host", { host: "" }, "host", /host name or IP address/],
    ["port 0", { port: 0 }, "port", /from 1 to 65535/],
    ["port 65536", { port: 65_536 }, "port", /from 1 to 65535/],
    ["a fractional port", { port: 27.5 }, "port", /from 1 to 65535/],
    ["a port that is not a number", { port: Number.NaN }, "port", /from 1 to 65535/],
    ["an empty system ID", { systemId: " " }, "systemId", /system ID the carrier gave you/],
    ["a 16-character system ID", { systemId: "a".repeat(16) }, "systemId", /at most 15 characters/],
    ["a system ID outside ASCII", { systemId: "acmé" }, "systemId", /ASCII/],
    ["a 9-character password", { password: "123456789" }, "password", /at most 8 characters/],
    ["a 13-character system type", { systemType: "x".repeat(13) }, "systemType", /at most 12 characters/],
    ["an unknown bind mode", { bindMode: "receiver" as never }, "bindMode", /Choose one bind/],
    ["throughput 0", { throughputPerSecond: 0 }, "throughputPerSecond", /from 1 to 10000/],
    ["throughput 10001", { throughputPerSecond: 10_001 }, "throughputPerSecond", /from 1 to 10000/],
    ["a window of 0", { windowSize: 0 }, "windowSize", /from 1 to 100/],
    ["a window of 101", { windowSize: 101 }, "windowSize", /from 1 to 100/],
    ["no binds", { binds: 0 }, "binds", /from 1 to 10 binds/],
    ["11 binds", { binds: 11 }, "binds", /from 1 to 10 binds/],
    ["source TON 7", { sourceTon: 7 }, "sourceTon", /type of number from 0 to 6/],
    ["source NPI 2 (not defined)", { sourceNpi: 2 }, "sourceNpi", /numbering plan/],
    ["destination TON -1", { destTon: -1 }, "destTon", /type of number from 0 to 6/],
    ["destination NPI 19", { destNpi: 19 }, "destNpi", /numbering plan/],
    ["enquire_link every 4 s", { enquireLinkSeconds: 4 }, "enquireLinkSeconds", /from 5 to 300 seconds/],
    ["a response timeout of 0 s", { responseTimeoutSeconds: 0 }, "responseTimeoutSeconds", /1 to 120/],
  ];

  it.each(badSettings)(
    "refuses %s with a message on that field",
    async (_case, overrides, field, message) => {
      const { org } = await makeOrganization();
      const error = await rejection(createConnector(carrier(org.id, overrides)));
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe(field);
      expect((error as ValidationError).message).toMatch(message);
      expect(await listConnectors({ orgId: org.id })).toEqual([]);
    },
  );

  it("checks an update's settings the same way and changes nothing when one is wrong", async () => {
    const { org } = await makeOrganization();
    const connector = await createConnector(carrier(org.id));
    const error = await rejection(
      updateConnector({
        orgId: org.id,
        role: "owner",
        connectorId: connector.id,
        host: "a.example",
        port: 0,
      }),
    );
    expect(error).toMatchObject({ field: "port" });
    expect(await getConnector({ orgId: org.id, connectorId: connector.id })).toEqual(connector);
  });

  it("keeps names unique within an organization only", async () => {
    const [{ org: a }, { org: b }] = [await makeOrganization(), await makeOrganization()];
    const first = await createConnector(carrier(a.id, { name: "Primary" }));
    const second = await createConnector(carrier(a.id, { name: "Backup" }));
    await createConnector(carrier(b.id, { name: "Primary" }));

    const taken = await rejection(createConnector(carrier(a.id, { name: "Primary" })));
    expect(taken).toBeInstanceOf(ConflictError);
    expect(taken).toBeInstanceOf(ConnectorNameTakenError);
    expect(taken).toMatchObject({
      field: "name",
      message: "A connector named “Primary” already exists. Choose another name.",
    });

    const renamed = await rejection(
      updateConnector({ orgId: a.id, role: "owner", connectorId: second.id, name: "Primary" }),
    );
    expect(renamed).toBeInstanceOf(ConnectorNameTakenError);
    // Saving a connector under its own name is not a conflict.
    await updateConnector({ orgId: a.id, role: "owner", connectorId: first.id, name: "Primary", port: 2777 });
  });
});

describe("connector passwords", () => {
  it("are stored encrypted, never shown in views, and decrypted for the worker", async () => {
    const { org } = await makeOrganization();
    const connector = await createConnector(carrier(org.id, { password: "pa55:wd" }));

    const stored = await storedPassword(connector.id);
    expect(stored).toMatch(/^v1:[\w-]+:[\w-]+:[\w-]+$/);
    expect(stored).not.toContain("pa55");
    expect(stored).not.toContain(Buffer.from("pa55:wd").toString("base64url"));

    const views = [connector, await getConnector({ orgId: org.id, connectorId: connector.id })];
    views.push(...(await listConnectors({ orgId: org.id })));
    for (const view of views) {
      expect(view).not.toHaveProperty("password");
      expect(view.hasPassword).toBe(true);
      expect(JSON.stringify(view)).not.toContain("pa55");
      expect(JSON.stringify(view)).not.toContain(stored);
    }

    expect(await loadConnectorSettings(org.id, connector.id)).toEqual({
      id: connector.id,
      orgId: org.id,
      name: "Carrier A",
      host: "smpp.carrier.example",
      port: 2776,
      tls: false,
      systemId: "acme",
      password: "pa55:wd",
      systemType: "",
      bindMode: "transceiver",
      binds: 1,
      windowSize: 10,
      throughputPerSecond: 50,
      sourceTon: 5,
      sourceNpi: 0,
      destTon: 1,
      destNpi: 1,
      enquireLinkSeconds: 30,
      responseTimeoutSeconds: 30,
      enabled: true,
    });
  });

  it("stay as they were when an edit leaves the password empty, and change when it gives one", async () => {
    const { org } = await makeOrganization();
    const connector = await createConnector(carrier(org.id, { password: "first" }));
    const before = await storedPassword(connector.id);

    await updateConnector({
      orgId: org.id,
      role: "owner",
      connectorId: connector.id,
      password: "",
      port: 3000,
    });
    await updateConnector({ orgId: org.id, role: "owner", connectorId: connector.id, systemId: "acme2" });
    expect(await storedPassword(connector.id)).toBe(before);
    expect(await loadConnectorSettings(org.id, connector.id)).toMatchObject({
      password: "first",
      port: 3000,
      systemId: "acme2",
    });

    await updateConnector({ orgId: org.id, role: "owner", connectorId: connector.id, password: "second" });
    expect(await storedPassword(connector.id)).not.toBe(before);
    expect((await loadConnectorSettings(org.id, connector.id)).password).toBe("second");
  });

  it("that cannot be decrypted give the worker a clear error", async () => {
    const { org } = await makeOrganization();
    const connector = await createConnector(carrier(org.id));
    await db.smppConnector.update({ where: { id: connector.id }, data: { password: "demopass" } });
    const error = await rejection(loadConnectorSettings(org.id, connector.id));
    expect(error).toBeInstanceOf(ConnectorSecretError);
    expect((error as Error).message).toMatch(/Enter the password again/);
  });
});

describe("connector-secret", () => {
  const orgId = randomUUID();

  it("round-trips with a fresh IV each time, and stores no password as the empty string", () => {
    const first = encryptConnectorPassword("s3cret", { orgId });
    const second = encryptConnectorPassword("s3cret", { orgId });
    expect(first).not.toBe(second);
    expect(decryptConnectorPassword(first, { orgId })).toBe("s3cret");
    expect(decryptConnectorPassword(second, { orgId })).toBe("s3cret");
    expect(encryptConnectorPassword("", { orgId })).toBe("");
    expect(decryptConnectorPassword("", { orgId })).toBe("");
    const [version, iv, tag, ciphertext] = first.split(":");
    expect(version).toBe("v1");
    expect(Buffer.from(iv!, "base64url")).toHaveLength(12);
    expect(Buffer.from(tag!, "base64url")).toHaveLength(16);
    expect(Buffer.from(ciphertext!, "base64url")).toHaveLength("s3cret".length);
  });

  function alter(stored: string, part: 1 | 2 | 3): string {
    const parts = stored.split(":");
    const bytes = Buffer.from(parts[part]!, "base64url");
    bytes[0] = bytes[0]! ^ 0x01;
    parts[part] = bytes.toString("base64url");
    return parts.join(":");
  }

  it.each([
    ["a flipped ciphertext bit", (s: string) => alter(s, 3)],
    ["a flipped tag bit", (s: string) => alter(s, 2)],
    ["a flipped IV bit", (s: string) => alter(s, 1)],
    ["a truncated tag", (s: string) => s.replace(/^(v1:[^:]+:)[^:]{4}/, "$1")],
    ["an unknown version", (s: string) => s.replace(/^v1:/, "v2:")],
    ["a plain-text value", () => "demopass"],
    ["an extra part", (s: string) => `${s}:AAAA`],
  ])("detects %s", (_case, tamper) => {
    const stored = encryptConnectorPassword("s3cret", { orgId });
    expect(() => decryptConnectorPassword(tamper(stored), { orgId })).toThrow(ConnectorSecretError);
  });

  it("does not decrypt for another organization or under another key", () => {
    const stored = encryptConnectorPassword("s3cret", { orgId });
    expect(() => decryptConnectorPassword(stored, { orgId: randomUUID() })).toThrow(ConnectorSecretError);
    const otherKey = deriveConnectorKey("another-installation-secret");
    expect(() => decryptConnectorPassword(stored, { orgId, key: otherKey })).toThrow(ConnectorSecretError);
    const underOtherKey = encryptConnectorPassword("s3cret", { orgId, key: otherKey });
    expect(decryptConnectorPassword(underOtherKey, { orgId, key: otherKey })).toBe("s3cret");
    expect(() => decryptConnectorPassword(underOtherKey, { orgId })).toThrow(ConnectorSecretError);
  });

  it("derives a 32-byte key that depends on the secret", () => {
    expect(deriveConnectorKey("secret-one-secret-one")).toHaveLength(32);
    expect(deriveConnectorKey("secret-one-secret-one")).toEqual(deriveConnectorKey("secret-one-secret-one"));
    expect(deriveConnectorKey("secret-one-secret-one")).not.toEqual(
      deriveConnectorKey("secret-two-secret-two"),
    );
  });
});

describe("tenant isolation and roles", () => {
  it("another organization can neither read, change, delete nor load a connector by its id", async () => {
    const [{ org: a }, { org: b }] = [await makeOrganization(), await makeOrganization()];
    const connector = await createConnector(carrier(a.id));
    const before = await db.smppConnector.findUniqueOrThrow({ where: { id: connector.id } });
    const attempts: [string, () => Promise<unknown>][] = [
      ["get", () => getConnector({ orgId: b.id, connectorId: connector.id })],
      ["update", () => updateConnector({ orgId: b.id, role: "owner", connectorId: connector.id, port: 1 })],
      [
        "update the password",
        () => updateConnector({ orgId: b.id, role: "owner", connectorId: connector.id, password: "mine" }),
      ],
      ["delete", () => deleteConnector({ orgId: b.id, role: "owner", connectorId: connector.id })],
      ["load settings", () => loadConnectorSettings(b.id, connector.id)],
      ["get a malformed id", () => getConnector({ orgId: a.id, connectorId: "not-a-uuid" })],
      [
        "delete a malformed id",
        () => deleteConnector({ orgId: a.id, role: "owner", connectorId: "1 OR 1=1" }),
      ],
    ];
    for (const [what, attempt] of attempts) {
      const error = await rejection(attempt());
      expect(error, what).toBeInstanceOf(NotFoundError);
      expect((error as Error).message, what).toBe("That connector was not found.");
    }
    expect(await listConnectors({ orgId: b.id })).toEqual([]);
    expect(await db.smppConnector.findUniqueOrThrow({ where: { id: connector.id } })).toEqual(before);
  });

  it("members read connectors but cannot create, change or delete them", async () => {
    const { org } = await makeOrganization();
    const connector = await createConnector(carrier(org.id));
    const asMember = { orgId: org.id, role: "member" as const };
    const attempts: [string, () => Promise<unknown>][] = [
      ["create", () => createConnector(carrier(org.id, { role: "member", name: "Mine" }))],
      // Checked before the settings, so a member learns nothing from validation messages either.
      ["create with bad settings", () => createConnector(carrier(org.id, { role: "member", port: 0 }))],
      ["update", () => updateConnector({ ...asMember, connectorId: connector.id, enabled: false })],
      ["delete", () => deleteConnector({ ...asMember, connectorId: connector.id })],
      [
        "use a made-up role",
        () => deleteConnector({ ...asMember, role: "root" as never, connectorId: connector.id }),
      ],
    ];
    for (const [what, attempt] of attempts) {
      const error = await rejection(attempt());
      expect(error, what).toBeInstanceOf(ForbiddenError);
      expect((error as Error).message, what).toBe(
        "Only owners and admins of the organization can change SMPP connectors.",
      );
    }
    expect(await listConnectors({ orgId: org.id })).toEqual([connector]);
    expect(await getConnector({ orgId: org.id, connectorId: connector.id })).toEqual(connector);
  });
});

describe("deleting a connector in use", () => {
  async function campaignUsing(
    orgId: string,
    connectorId: string,
    status: "draft" | "scheduled" | "running" | "paused" | "completed",
  ) {
    return db.campaign.create({
      data: { orgId, name: `Spring sale (${status})`, senderId: "Relay", body: "Hi", connectorId, status },
    });
  }

  it.each(["scheduled", "running", "paused"] as const)(
    "is refused while a %s campaign sends through it",
    async (status) => {
      const { org } = await makeOrganization();
      const connector = await createConnector(carrier(org.id));
      await campaignUsing(org.id, connector.id, status);
      const error = await rejection(
        deleteConnector({ orgId: org.id, role: "owner", connectorId: connector.id }),
      );
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as Error).message).toBe(
        `The ${status} campaign “Spring sale (${status})” sends through this connector. ` +
          "Wait for it to finish, or cancel it, before deleting the connector.",
      );
      expect(await getConnector({ orgId: org.id, connectorId: connector.id })).toEqual(connector);
    },
  );

  it("goes ahead when only draft and finished campaigns used it, which keep their other data", async () => {
    const { org } = await makeOrganization();
    const connector = await createConnector(carrier(org.id));
    const draft = await campaignUsing(org.id, connector.id, "draft");
    const done = await campaignUsing(org.id, connector.id, "completed");
    await deleteConnector({ orgId: org.id, role: "admin", connectorId: connector.id });
    const campaigns = await db.campaign.findMany({ where: { id: { in: [draft.id, done.id] } } });
    expect(campaigns.map((c) => c.connectorId)).toEqual([null, null]);
  });
});

describe("live connector state", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Reports one bind's state; under a fake clock a second passes first, so "latest" is unambiguous. */
  function report(orgId: string, connectorId: string, workerId: string, bindIndex: number) {
    return (
      status: "connecting" | "bound" | "reconnecting" | "failed" | "closed",
      error: string | null = null,
    ) => {
      if (vi.isFakeTimers()) vi.setSystemTime(Date.now() + 1_000);
      return reportBindState(redis, { orgId, connectorId, workerId, bindIndex, status, error });
    };
  }

  it("sums up every worker's binds: bound if any is bound, else the latest failure, else idle", async () => {
    const orgId = randomUUID();
    const [one, two, untouched] = [randomUUID(), randomUUID(), randomUUID()];
    vi.useFakeTimers({ toFake: ["Date"] });
    const a0 = report(orgId, one, "worker-a", 0);
    const b0 = report(orgId, one, "worker-b", 0);

    expect((await readConnectorStates(orgId, [one, untouched]))[untouched]).toMatchObject({
      state: "idle",
      error: null,
      binds: [],
    });
    await a0("connecting");
    expect((await readConnectorStates(orgId, [one]))[one]).toMatchObject({
      state: "connecting",
      error: null,
    });
    await a0("failed", "bind refused: ESME_RINVPASWD");
    await b0("reconnecting", "connection reset by the SMSC");
    expect((await readConnectorStates(orgId, [one]))[one]).toMatchObject({
      state: "reconnecting",
      error: "connection reset by the SMSC",
    });
    const afterBind = await b0("bound");
    expect(afterBind).toMatchObject({ state: "bound", error: null });
    expect(afterBind.binds).toEqual([
      {
        workerId: "worker-a",
        bindIndex: 0,
        status: "failed",
        error: "bind refused: ESME_RINVPASWD",
        at: expect.any(String),
      },
      { workerId: "worker-b", bindIndex: 0, status: "bound", error: null, at: expect.any(String) },
    ]);

    // Closing on purpose removes the bind; with none left the connector is idle again.
    await b0("closed");
    expect((await readConnectorStates(orgId, [one]))[one]).toMatchObject({
      state: "failed",
      error: "bind refused: ESME_RINVPASWD",
    });
    await a0("closed");
    expect((await readConnectorStates(orgId, [one]))[one]).toMatchObject({ state: "idle", binds: [] });
    // Another organization reading the same connector id sees nothing.
    await report(orgId, two, "worker-a", 0)("bound");
    expect((await readConnectorStates(randomUUID(), [two]))[two]).toMatchObject({ state: "idle" });
  });

  it("forgets a worker that stops reporting within the expiry, and refreshes the expiry on each report", async () => {
    const orgId = randomUUID();
    const connectorId = randomUUID();
    const key = redisKey("connector-state", orgId, connectorId);
    await report(orgId, connectorId, "worker-dead", 0)("bound");
    const ttl = await redis.pttl(key);
    expect(ttl).toBeGreaterThan((BIND_STATE_TTL_SECONDS - 5) * 1000);
    expect(ttl).toBeLessThanOrEqual(BIND_STATE_TTL_SECONDS * 1000);

    // 91 s later only the live worker has reported again.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + (BIND_STATE_TTL_SECONDS + 1) * 1000);
    const state = await report(orgId, connectorId, "worker-alive", 0)("failed", "bind timed out");
    expect(state).toMatchObject({ state: "failed", error: "bind timed out" });
    expect(state.binds.map((bind) => bind.workerId)).toEqual(["worker-alive"]);
    expect(await redis.pttl(key)).toBeGreaterThan((BIND_STATE_TTL_SECONDS - 5) * 1000);

    vi.setSystemTime(Date.now() + (BIND_STATE_TTL_SECONDS + 1) * 1000);
    expect((await readConnectorStates(orgId, [connectorId]))[connectorId]).toMatchObject({
      state: "idle",
      binds: [],
    });
  });

  it("publishes each report to the organization's connectors topic", async () => {
    const orgId = randomUUID();
    const connectorId = randomUUID();
    const received: LiveEvent[] = [];
    const unsubscribe = await subscribeEvents({
      orgId,
      topic: "connectors",
      onEvent: (e) => received.push(e),
    });
    try {
      await report(orgId, connectorId, "worker-a", 1)("bound");
      const deadline = Date.now() + 5_000;
      while (received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(received).toEqual([
        {
          type: "connector.state",
          connectorId,
          state: "bound",
          error: null,
          binds: [
            { workerId: "worker-a", bindIndex: 1, status: "bound", error: null, at: expect.any(String) },
          ],
          at: expect.any(String),
        },
      ]);
    } finally {
      await unsubscribe();
    }
  });

  it("refuses a report that is not one", async () => {
    await expect(
      reportBindState(redis, {
        orgId: randomUUID(),
        connectorId: "not-a-uuid",
        workerId: "w",
        bindIndex: 0,
        status: "bound",
        error: null,
      }),
    ).rejects.toThrow();
  });
});

describe("testing a connector", () => {
  const account = { systemId: "acme", password: "s3cret" };

  it("binds to the SMSC with the saved settings and says how long it took, or why it failed", async () => {
    const simulator = createSmscSimulator({ port: 0, accounts: [account] });
    const { port } = await simulator.listen();
    try {
      const { org } = await makeOrganization();
      const good = await createConnector(
        carrier(org.id, { name: "Simulator", host: "127.0.0.1", port, ...account }),
      );
      const result = await testConnector({ orgId: org.id, role: "admin", connectorId: good.id });
      expect(result).toMatchObject({ ok: true, smscSystemId: expect.any(String) });
      expect(result.ok && result.ms).toBeGreaterThanOrEqual(0);

      const wrong = await createConnector(
        carrier(org.id, { name: "Wrong password", host: "127.0.0.1", port, ...account, password: "nope" }),
      );
      const refused = await testConnector({ orgId: org.id, role: "owner", connectorId: wrong.id });
      expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/refused/i) });

      // A member may not use the carrier account, even for a test.
      const error = await rejection(testConnector({ orgId: org.id, role: "member", connectorId: good.id }));
      expect(error).toBeInstanceOf(ForbiddenError);
      const other = await makeOrganization();
      const foreign = await rejection(
        testConnector({ orgId: other.org.id, role: "owner", connectorId: good.id }),
      );
      expect(foreign).toBeInstanceOf(NotFoundError);
    } finally {
      await simulator.close();
    }
  });

  it("reports an unreadable saved password as a failed test", async () => {
    const { org } = await makeOrganization();
    const connector = await createConnector(carrier(org.id));
    await db.smppConnector.update({ where: { id: connector.id }, data: { password: "plain" } });
    const result = await testConnector({ orgId: org.id, role: "owner", connectorId: connector.id });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/Enter the password again/) });
  });
});
