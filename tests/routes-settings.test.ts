import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { getRedis } from "@/lib/redis";
import {
  createConnector,
  createRoute,
  deleteConnector,
  deleteRoute,
  getRoute,
  listRoutes,
  moveRoute,
  resolveRoute,
  RouteTakenError,
  updateRoute,
} from "@/lib/smpp";
import { makeOrganization } from "./helpers/factories";

afterAll(() => {
  getRedis().disconnect();
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

/** An organization with two connectors (never bound, so healthy) and its owner's role. */
async function tenant() {
  const { org } = await makeOrganization();
  const connector = (name: string) =>
    createConnector({ orgId: org.id, role: "owner", name, host: "smpp.carrier.example", systemId: "acme" });
  const a = await connector("Carrier A");
  const b = await connector("Carrier B");
  return { orgId: org.id, role: "owner" as const, a, b };
}

describe("route settings", () => {
  it("adds routes last within their prefix and lists them longest prefix first", async () => {
    const { orgId, role, a, b } = await tenant();
    const fallback = await createRoute({ orgId, role, prefix: "", connectorId: b.id });
    const first = await createRoute({ orgId, role, prefix: "+49", connectorId: a.id });
    const second = await createRoute({ orgId, role, prefix: "49", connectorId: b.id, enabled: false });
    const mobile = await createRoute({ orgId, role, prefix: "49 15", connectorId: b.id });
    expect([first.position, second.position, fallback.position, mobile.position]).toEqual([1, 2, 1, 1]);
    expect(first).toMatchObject({
      prefix: "49",
      connectorName: "Carrier A",
      connectorEnabled: true,
      enabled: true,
    });

    const listed = await listRoutes({ orgId });
    expect(listed.map((route) => [route.prefix, route.connectorName, route.position, route.enabled])).toEqual(
      [
        ["4915", "Carrier B", 1, true],
        ["49", "Carrier A", 1, true],
        ["49", "Carrier B", 2, false],
        ["", "Carrier B", 1, true],
      ],
    );
    expect(listed.every((route) => route.health.status === "healthy")).toBe(true);
  });

  it("names the field of each bad input", async () => {
    const { orgId, role, a } = await tenant();
    const letters = await rejection(createRoute({ orgId, role, prefix: "49x", connectorId: a.id }));
    expect(letters).toBeInstanceOf(ValidationError);
    expect(letters).toMatchObject({
      field: "prefix",
      message: expect.stringMatching(/^Enter the prefix as digits/),
    });
    const long = await rejection(createRoute({ orgId, role, prefix: "1234567890123456", connectorId: a.id }));
    expect(long).toMatchObject({
      field: "prefix",
      message: "A prefix has at most 15 digits, as E.164 numbers do.",
    });
    const none = await rejection(createRoute({ orgId, role, prefix: "49", connectorId: "" }));
    expect(none).toMatchObject({ field: "connectorId", message: "Choose a connector." });
    const unknown = await rejection(
      createRoute({ orgId, role, prefix: "49", connectorId: "00000000-0000-4000-8000-000000000000" }),
    );
    expect(unknown).toMatchObject({
      field: "connectorId",
      message: "Choose one of your organization's connectors.",
    });
  });

  it("refuses the same connector twice for one prefix, at the connector field", async () => {
    const { orgId, role, a, b } = await tenant();
    await createRoute({ orgId, role, prefix: "49", connectorId: a.id });
    const twice = await rejection(createRoute({ orgId, role, prefix: "+49", connectorId: a.id }));
    expect(twice).toBeInstanceOf(RouteTakenError);
    expect(twice).toMatchObject({
      field: "connectorId",
      message: "This connector already has a route for +49…. Choose another connector.",
    });
    const other = await createRoute({ orgId, role, prefix: "44", connectorId: a.id });
    const second = await createRoute({ orgId, role, prefix: "44", connectorId: b.id });
    const moved = await rejection(updateRoute({ orgId, role, routeId: other.id, prefix: "49" }));
    expect(moved).toBeInstanceOf(RouteTakenError);
    const switched = await rejection(updateRoute({ orgId, role, routeId: second.id, connectorId: a.id }));
    expect(switched).toMatchObject({
      field: "connectorId",
      message: "This connector already has a route for +44…. Choose another connector.",
    });
    // Nothing changed by the refused edits.
    expect(await getRoute({ orgId, routeId: other.id })).toMatchObject({ prefix: "44", position: 1 });
    expect(await getRoute({ orgId, routeId: second.id })).toMatchObject({ connectorId: b.id, position: 2 });
  });

  it("moves routes up and down within their prefix and closes ranks on delete and on a prefix change", async () => {
    const { orgId, role, a, b } = await tenant();
    const c = await createConnector({
      orgId,
      role,
      name: "Carrier C",
      host: "smpp.carrier.example",
      systemId: "x",
    });
    const [ra, rb, rc] = [
      await createRoute({ orgId, role, prefix: "49", connectorId: a.id }),
      await createRoute({ orgId, role, prefix: "49", connectorId: b.id }),
      await createRoute({ orgId, role, prefix: "49", connectorId: c.id }),
    ];
    const order = async () =>
      (await listRoutes({ orgId }))
        .filter((r) => r.prefix === "49")
        .map((r) => [r.connectorName, r.position]);

    await moveRoute({ orgId, role, routeId: rc.id, direction: "up" });
    expect(await order()).toEqual([
      ["Carrier A", 1],
      ["Carrier C", 2],
      ["Carrier B", 3],
    ]);
    await moveRoute({ orgId, role, routeId: ra.id, direction: "up" }); // already first: stays
    await moveRoute({ orgId, role, routeId: rb.id, direction: "down" }); // already last: stays
    expect((await order()).map(([name]) => name)).toEqual(["Carrier A", "Carrier C", "Carrier B"]);

    await deleteRoute({ orgId, role, routeId: ra.id });
    expect(await order()).toEqual([
      ["Carrier C", 1],
      ["Carrier B", 2],
    ]);
    const changed = await updateRoute({ orgId, role, routeId: rc.id, prefix: "44", enabled: false });
    expect(changed).toMatchObject({ prefix: "44", position: 1, enabled: false });
    expect(await order()).toEqual([["Carrier B", 1]]);
    const switched = await updateRoute({ orgId, role, routeId: rb.id, connectorId: a.id });
    expect(switched).toMatchObject({ connectorName: "Carrier A", position: 1 });
  });

  it("lets members read routes but not change them", async () => {
    const { orgId, a } = await tenant();
    const route = await createRoute({ orgId, role: "admin", prefix: "49", connectorId: a.id });
    const role = "member" as const;
    for (const attempt of [
      createRoute({ orgId, role, prefix: "44", connectorId: a.id }),
      updateRoute({ orgId, role, routeId: route.id, enabled: false }),
      moveRoute({ orgId, role, routeId: route.id, direction: "down" }),
      deleteRoute({ orgId, role, routeId: route.id }),
    ]) {
      expect(await rejection(attempt)).toBeInstanceOf(ForbiddenError);
    }
    expect(await listRoutes({ orgId })).toHaveLength(1);
  });

  it("keeps each organization's routes and connectors to itself", async () => {
    const mine = await tenant();
    const theirs = await tenant();
    const route = await createRoute({
      orgId: mine.orgId,
      role: "owner",
      prefix: "49",
      connectorId: mine.a.id,
    });
    const other = { orgId: theirs.orgId, role: "owner" as const };

    expect(await listRoutes({ orgId: theirs.orgId })).toEqual([]);
    expect(await rejection(getRoute({ orgId: theirs.orgId, routeId: route.id }))).toBeInstanceOf(
      NotFoundError,
    );
    expect(await rejection(updateRoute({ ...other, routeId: route.id, enabled: false }))).toBeInstanceOf(
      NotFoundError,
    );
    expect(await rejection(moveRoute({ ...other, routeId: route.id, direction: "down" }))).toBeInstanceOf(
      NotFoundError,
    );
    expect(await rejection(deleteRoute({ ...other, routeId: route.id }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(getRoute({ orgId: theirs.orgId, routeId: "not-a-uuid" }))).toBeInstanceOf(
      NotFoundError,
    );
    // Another organization's connector cannot be routed to.
    const borrowed = await rejection(createRoute({ ...other, prefix: "49", connectorId: mine.a.id }));
    expect(borrowed).toMatchObject({ field: "connectorId" });
    // Their routes do not route my messages, nor mine theirs.
    expect(await resolveRoute({ orgId: theirs.orgId, phone: "+4915100000001" })).toEqual({
      status: "unrouted",
    });
    expect(await getRoute({ orgId: mine.orgId, routeId: route.id })).toMatchObject({ enabled: true });
  });

  it("deletes a connector's routes with it", async () => {
    const { orgId, role, a, b } = await tenant();
    await createRoute({ orgId, role, prefix: "49", connectorId: a.id });
    await createRoute({ orgId, role, prefix: "49", connectorId: b.id });
    await deleteConnector({ orgId, role, connectorId: a.id });
    expect((await listRoutes({ orgId })).map((r) => r.connectorName)).toEqual(["Carrier B"]);
    expect(await db.route.count({ where: { orgId, connectorId: a.id } })).toBe(0);
  });
});

describe("resolveRoute", () => {
  it("takes the longest matching prefix, then the fallback order, and skips disabled routes and connectors", async () => {
    const { orgId, role, a, b } = await tenant();
    const all = await createRoute({ orgId, role, prefix: "", connectorId: b.id });
    const de = await createRoute({ orgId, role, prefix: "49", connectorId: a.id });
    await createRoute({ orgId, role, prefix: "49", connectorId: b.id });
    const mobile = await createRoute({ orgId, role, prefix: "4915", connectorId: b.id, enabled: false });

    const german = await resolveRoute({ orgId, phone: "+4915100000001" });
    expect(german).toMatchObject({
      status: "routed",
      probe: false,
      route: { routeId: de.id, connectorId: a.id },
    });
    expect(german.status === "routed" && german.candidates.map((c) => [c.prefix, c.connectorId])).toEqual([
      ["49", a.id],
      ["49", b.id],
      ["", b.id],
    ]);
    expect(await resolveRoute({ orgId, phone: "+12025550100" })).toMatchObject({
      status: "routed",
      route: { routeId: all.id },
    });

    await updateRoute({ orgId, role, routeId: mobile.id, enabled: true });
    expect(await resolveRoute({ orgId, phone: "+4915100000001" })).toMatchObject({
      route: { routeId: mobile.id },
    });
    await db.smppConnector.update({ where: { id: b.id }, data: { enabled: false } });
    expect(await resolveRoute({ orgId, phone: "+4915100000001" })).toMatchObject({
      route: { routeId: de.id },
    });
  });

  it("fails a number no route matches with the reason, and says unrouted when no route is in use", async () => {
    const { orgId, role, a } = await tenant();
    expect(await resolveRoute({ orgId, phone: "+4915100000001" })).toEqual({ status: "unrouted" });
    const route = await createRoute({ orgId, role, prefix: "49", connectorId: a.id });
    expect(await resolveRoute({ orgId, phone: "+12025550100" })).toEqual({
      status: "no_route",
      reason:
        "No route for +12025550100: no route in use matches its prefix. Add one under Settings → Routes.",
    });
    await updateRoute({ orgId, role, routeId: route.id, enabled: false });
    expect(await resolveRoute({ orgId, phone: "+12025550100" })).toEqual({ status: "unrouted" });
  });
});
