import smpp from "smpp";

/**
 * The bare smpp-package client of `npm run bench -- send`, as its own
 * process (the worker is one too): binds `sessions` transceivers, keeps
 * `window` submit_sm outstanding on each until `count` are answered, and
 * prints {"perSecond": …} as its only stdout line.
 */
async function main(): Promise<void> {
  const [port, count, sessions, window, systemId, password] = process.argv.slice(2);
  const perSecond = await rawClientRate({
    port: Number(port),
    count: Number(count),
    sessions: Number(sessions),
    window: Number(window),
    account: { systemId: systemId!, password: password! },
  });
  process.stdout.write(`${JSON.stringify({ perSecond })}\n`);
}

async function rawClientRate(options: {
  port: number;
  count: number;
  sessions: number;
  window: number;
  account: { systemId: string; password: string };
}): Promise<number> {
  const { port, count, sessions, window, account } = options;
  const bound = await Promise.all(
    Array.from({ length: sessions }, async () => {
      const session = smpp.connect({ host: "127.0.0.1", port });
      await new Promise<void>((resolve, reject) => {
        session.on("error", reject);
        session.bind_transceiver({ system_id: account.systemId, password: account.password }, (pdu) =>
          pdu.command_status === 0 ? resolve() : reject(new Error(`bind failed: ${pdu.command_status}`)),
        );
      });
      return session;
    }),
  );
  const body = Buffer.from("Hi First1 Last1, your gold plan renews soon. Reply STOP to opt out.", "latin1");
  const started = performance.now();
  await new Promise<void>((resolve) => {
    let sent = 0;
    let answered = 0;
    const next = (session: (typeof bound)[number]) => {
      if (sent >= count) return;
      const i = sent++;
      session.submit_sm(
        { destination_addr: `49153${String(i).padStart(8, "0")}`, source_addr: "Relay", short_message: body },
        () => {
          answered++;
          if (answered === count) resolve();
          else next(session);
        },
      );
    };
    for (const session of bound) for (let i = 0; i < window; i++) next(session);
  });
  const seconds = (performance.now() - started) / 1000;
  for (const session of bound) {
    await new Promise<void>((resolve) => session.unbind(() => resolve()));
    session.close();
  }
  return Math.round(count / seconds);
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
