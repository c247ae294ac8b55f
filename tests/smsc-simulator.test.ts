import { createServer as createTcpServer } from "node:net";
import smpp, { type Command, type PDU, type PduOptions, type Session } from "smpp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSmscSimulator, type SmscSimulator } from "@/worker/smsc-simulator/simulator";
import { spawnTsx } from "./helpers/spawn-process";

const ACCOUNT = { systemId: "acme", password: "s3cret" };
const NO_SUBMITS = { submitted: 0, throttled: 0, rejected: 0, unanswered: 0 };
/** Receipts and auto-replies are off unless a test turns them on. */
const NO_DELIVERIES = {
  receiptsSent: 0,
  receiptsPending: 0,
  receiptsDropped: 0,
  autoRepliesSent: 0,
  autoRepliesPending: 0,
  autoRepliesDropped: 0,
};
let simulator: SmscSimulator;
let port: number;
const clients: Session[] = [];

beforeEach(async () => {
  simulator = createSmscSimulator({ port: 0, accounts: [ACCOUNT] });
  ({ port } = await simulator.listen());
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await simulator.close();
});

function connectClient(toPort = port): Promise<Session> {
  return new Promise((resolve, reject) => {
    const session = smpp.connect({ host: "127.0.0.1", port: toPort }, () => resolve(session));
    clients.push(session);
    session.on("error", reject);
  });
}

/** Sends a request and resolves with the PDU that answers it (same sequence_number). */
function request(session: Session, command: Command, options: PduOptions = {}): Promise<PDU> {
  return new Promise((resolve, reject) => {
    const onClose = () => reject(new Error(`connection closed before ${command} was answered`));
    session.once("close", onClose);
    const sent = session[command](options, (response) => {
      session.off("close", onClose);
      resolve(response);
    });
    if (!sent) reject(new Error(`${command} could not be sent: socket not writable`));
  });
}

function closed(session: Session): Promise<void> {
  return new Promise((resolve) => session.once("close", resolve));
}

async function boundClient(
  mode: "bind_transceiver" | "bind_transmitter" | "bind_receiver" = "bind_transceiver",
) {
  const session = await connectClient();
  const response = await request(session, mode, ACCOUNT_FIELDS);
  expect(response.command_status).toBe(smpp.ESME_ROK);
  return session;
}

describe("SMSC simulator binds", () => {
  it("accepts a transceiver bind with the right credentials and names itself in the response", async () => {
    const session = await connectClient();
    const response = await request(session, "bind_transceiver", { system_id: "acme", password: "s3cret" });

    expect(response.command).toBe("bind_transceiver_resp");
    expect(response.command_status).toBe(smpp.ESME_ROK);
    expect(response.sequence_number).toBe(1);
    expect(response.system_id).toBe("SMSCSIM");
    expect(simulator.stats).toEqual({ ...NO_SUBMITS, ...NO_DELIVERIES, binds: 1, boundSessions: 1 });
  });

  it("refuses a wrong password with ESME_RBINDFAIL and then closes the connection", async () => {
    const session = await connectClient();
    const connectionClosed = closed(session);
    const response = await request(session, "bind_transceiver", { system_id: "acme", password: "wrong" });

    expect(response.command).toBe("bind_transceiver_resp");
    expect(response.command_status).toBe(0x0d);
    expect(response.command_status).toBe(smpp.ESME_RBINDFAIL);
    await connectionClosed;
    expect(simulator.stats).toEqual({ ...NO_SUBMITS, ...NO_DELIVERIES, binds: 0, boundSessions: 0 });
  });

  it("refuses an unknown system_id with ESME_RBINDFAIL", async () => {
    const session = await connectClient();
    const response = await request(session, "bind_transmitter", { system_id: "nobody", password: "s3cret" });

    expect(response.command_status).toBe(smpp.ESME_RBINDFAIL);
  });

  it("accepts a transmitter bind", async () => {
    const session = await connectClient();
    const response = await request(session, "bind_transmitter", ACCOUNT_FIELDS);

    expect(response.command).toBe("bind_transmitter_resp");
    expect(response.command_status).toBe(smpp.ESME_ROK);
    expect(response.system_id).toBe("SMSCSIM");
  });

  it("accepts a receiver bind", async () => {
    const session = await connectClient();
    const response = await request(session, "bind_receiver", ACCOUNT_FIELDS);

    expect(response.command).toBe("bind_receiver_resp");
    expect(response.command_status).toBe(smpp.ESME_ROK);
    expect(response.system_id).toBe("SMSCSIM");
  });

  it("refuses a second bind on a bound connection with ESME_RALYBND", async () => {
    const session = await boundClient();
    const response = await request(session, "bind_transceiver", ACCOUNT_FIELDS);

    expect(response.command_status).toBe(smpp.ESME_RALYBND);
    expect(simulator.stats.binds).toBe(1);
  });
});

const ACCOUNT_FIELDS = { system_id: ACCOUNT.systemId, password: ACCOUNT.password };

describe("SMSC simulator submit_sm", () => {
  it("answers submit_sm with a hex message id and records the submit as sent", async () => {
    const session = await boundClient();
    const before = Date.now();
    const response = await request(session, "submit_sm", {
      source_addr: "ACME",
      destination_addr: "+447700900123",
      registered_delivery: 1,
      data_coding: 0,
      short_message: Buffer.from("Hello", "ascii"),
    });

    expect(response.command).toBe("submit_sm_resp");
    expect(response.command_status).toBe(smpp.ESME_ROK);
    expect(response.message_id).toMatch(/^[0-9a-f]{20}$/);
    expect(simulator.stats).toEqual({
      ...NO_SUBMITS,
      ...NO_DELIVERIES,
      binds: 1,
      boundSessions: 1,
      submitted: 1,
    });
    expect(simulator.submits).toHaveLength(1);
    const [submit] = simulator.submits;
    expect(submit).toEqual({
      messageId: response.message_id,
      systemId: "acme",
      sourceAddr: "ACME",
      destinationAddr: "+447700900123",
      shortMessage: Buffer.from("Hello", "ascii"),
      dataCoding: 0,
      esmClass: 0,
      registeredDelivery: 1,
      receivedAt: submit!.receivedAt,
    });
    expect(submit!.receivedAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(submit!.receivedAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("gives two submits different message ids", async () => {
    const session = await boundClient();
    const [first, second] = await Promise.all([
      request(session, "submit_sm", { destination_addr: "447700900001", short_message: "one" }),
      request(session, "submit_sm", { destination_addr: "447700900002", short_message: "two" }),
    ]);

    expect(first.command_status).toBe(smpp.ESME_ROK);
    expect(second.command_status).toBe(smpp.ESME_ROK);
    expect(first.message_id).not.toBe(second.message_id);
    expect(simulator.submits.map((submit) => submit.messageId)).toEqual([
      first.message_id,
      second.message_id,
    ]);
  });

  it("records the exact short_message octets, even ones the smpp package would decode lossily", async () => {
    const session = await boundClient("bind_transmitter");
    // GSM 03.38 with an escape (0x1B 0x65 = €) and an invalid octet (0xFF).
    const gsm = Buffer.from([0x48, 0x1b, 0x65, 0xff]);
    // UCS-2 "Привет" behind a concatenation UDH (part 1 of 2, reference 0x2A).
    const ucs2WithUdh = Buffer.concat([
      Buffer.from([0x05, 0x00, 0x03, 0x2a, 0x02, 0x01]),
      Buffer.from("041f04400438043204350442", "hex"),
    ]);
    await request(session, "submit_sm", { destination_addr: "1", data_coding: 0, short_message: gsm });
    await request(session, "submit_sm", {
      destination_addr: "2",
      data_coding: 8,
      esm_class: 0x40,
      short_message: ucs2WithUdh,
    });

    expect(
      simulator.submits.map(({ shortMessage, dataCoding, esmClass }) => ({
        shortMessage,
        dataCoding,
        esmClass,
      })),
    ).toEqual([
      { shortMessage: gsm, dataCoding: 0, esmClass: 0 },
      { shortMessage: ucs2WithUdh, dataCoding: 8, esmClass: 0x40 },
    ]);
  });

  it("refuses submit_sm before bind with ESME_RINVBNDSTS", async () => {
    const session = await connectClient();
    const response = await request(session, "submit_sm", {
      destination_addr: "447700900123",
      short_message: "hi",
    });

    expect(response.command).toBe("submit_sm_resp");
    expect(response.command_status).toBe(smpp.ESME_RINVBNDSTS);
    expect(response.message_id).toBeUndefined();
    expect(simulator.stats).toMatchObject({ submitted: 0, rejected: 1 });
  });

  it("refuses submit_sm from a receiver bind with ESME_RINVBNDSTS", async () => {
    const session = await boundClient("bind_receiver");
    const response = await request(session, "submit_sm", {
      destination_addr: "447700900123",
      short_message: "hi",
    });

    expect(response.command_status).toBe(smpp.ESME_RINVBNDSTS);
    expect(simulator.stats).toMatchObject({ submitted: 0, rejected: 1 });
  });

  it("refuses submit_sm without destination_addr with ESME_RINVDSTADR", async () => {
    const session = await boundClient();
    const response = await request(session, "submit_sm", { source_addr: "ACME", short_message: "hi" });

    expect(response.command_status).toBe(0x0b);
    expect(response.command_status).toBe(smpp.ESME_RINVDSTADR);
    expect(simulator.stats).toMatchObject({ submitted: 0, rejected: 1 });
  });
});

describe("SMSC simulator session commands", () => {
  it("answers enquire_link with enquire_link_resp", async () => {
    const session = await boundClient();
    const response = await request(session, "enquire_link");

    expect(response.command).toBe("enquire_link_resp");
    expect(response.command_status).toBe(smpp.ESME_ROK);
    expect(response.sequence_number).toBe(2);
  });

  it("answers unbind with unbind_resp and then closes the connection", async () => {
    const session = await boundClient();
    const connectionClosed = closed(session);
    const response = await request(session, "unbind");

    expect(response.command).toBe("unbind_resp");
    expect(response.command_status).toBe(smpp.ESME_ROK);
    await connectionClosed;
    expect(simulator.stats.boundSessions).toBe(0);
  });

  it("answers an unknown command_id with generic_nack ESME_RINVCMDID", async () => {
    const session = await boundClient();
    const nack = new Promise<PDU>((resolve) => session.once("generic_nack", resolve));
    // command_length 16, command_id 0x00000099 (not in SMPP 3.4), status 0, sequence_number 7.
    session.socket.write(Buffer.from("00000010000000990000000000000007", "hex"));
    const response = await nack;

    expect(response.command_status).toBe(smpp.ESME_RINVCMDID);
    expect(response.sequence_number).toBe(7);
  });

  it("answers a command it does not support with generic_nack ESME_RINVCMDID", async () => {
    const session = await boundClient();
    const response = await request(session, "query_sm", { message_id: "0000000000000001" });

    expect(response.command).toBe("generic_nack");
    expect(response.command_status).toBe(smpp.ESME_RINVCMDID);
  });

  it("unbinds bound ESMEs and closes their connections when it closes", async () => {
    const session = await boundClient();
    const unbindReceived = new Promise<PDU>((resolve) =>
      session.once("unbind", (unbind) => {
        session.send(unbind.response());
        resolve(unbind);
      }),
    );
    const connectionClosed = closed(session);

    await simulator.close();
    expect((await unbindReceived).command_status).toBe(smpp.ESME_ROK);
    await connectionClosed;
    expect(simulator.stats.boundSessions).toBe(0);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createTcpServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

describe("SMSC simulator command line", () => {
  it("listens on SMSC_PORT with the configured account and exits cleanly on SIGTERM", async () => {
    const cliPort = await freePort();
    const cli = spawnTsx("worker/smsc-simulator/main.ts", {
      SMSC_PORT: String(cliPort),
      SMSC_SYSTEM_ID: "cliuser",
      SMSC_PASSWORD: "clipass",
    });
    try {
      const listening = await cli.waitForLog((line) => line.msg === "SMSC simulator listening");
      expect(listening).toMatchObject({ component: "smsc-simulator", host: "127.0.0.1", port: cliPort });

      const session = await connectClient(cliPort);
      const response = await request(session, "bind_transceiver", {
        system_id: "cliuser",
        password: "clipass",
      });
      expect(response.command_status).toBe(smpp.ESME_ROK);
      let unbindReceived = false;
      session.on("unbind", (unbind) => {
        unbindReceived = true;
        session.send(unbind.response());
      });
      const connectionClosed = closed(session);

      cli.child.kill("SIGTERM");
      await connectionClosed;
      expect(unbindReceived).toBe(true);
      expect(await cli.exited).toBe(0);
      expect(cli.lines.some((line) => line.msg === "SMSC simulator closed")).toBe(true);
    } finally {
      cli.child.kill("SIGKILL");
    }
  });
});
