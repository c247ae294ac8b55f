import Link from "next/link";
import type { ReactNode } from "react";

const VERIFY_SNIPPET = `import { createHmac, timingSafeEqual } from "node:crypto";

function verify(secret, headers, rawBody) {
  const id = headers["webhook-id"];
  const ts = headers["webhook-timestamp"];
  if (Math.abs(Date.now() / 1000 - Number(ts)) > 300) throw new Error("stale timestamp");
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const expected = createHmac("sha256", key).update(\`\${id}.\${ts}.\${rawBody}\`).digest();
  const ok = headers["webhook-signature"].split(" ").some((part) => {
    const [version, sig] = part.split(",");
    const given = Buffer.from(sig ?? "", "base64");
    return version === "v1" && given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!ok) throw new Error("bad signature");
  return JSON.parse(rawBody);
}`;

/** The /developers guide's "Webhooks: events and signatures" section (README: Webhooks). */
export const webhooksGuide: { id: string; title: string; content: ReactNode } = {
  id: "webhooks",
  title: "Webhooks: events and signatures",
  content: (
    <>
      <p>
        Register endpoints under <Link href="/settings/webhooks">Settings → Webhooks</Link> (owners and
        admins). Relay POSTs JSON events to them: <code>message.status</code> when an outbound message is
        submitted, fails, goes in doubt (<code>unknown</code>), is skipped, or its delivery receipt settles it
        (<code>delivered</code>, <code>undelivered</code>, <code>expired</code>, <code>rejected</code>;
        campaign messages only when the endpoint includes them), and <code>message.received</code> for inbound
        messages. Each is{" "}
        <code>{`{ "type", "timestamp", "data": { "id", "from", "to", "status", … } }`}</code>.
      </p>
      <p>
        Requests are signed per <a href="https://www.standardwebhooks.com">Standard Webhooks</a>:{" "}
        <code>webhook-id</code> (the same on every retry and replay: use it to de-duplicate),{" "}
        <code>webhook-timestamp</code> (Unix seconds) and <code>webhook-signature: v1,&lt;base64&gt;</code>,
        an HMAC-SHA256 keyed with the base64 part of your <code>whsec_</code> secret over{" "}
        <code>{"${webhook-id}.${webhook-timestamp}.${raw body}"}</code>. Reject timestamps more than 5 minutes
        off. Any Standard Webhooks library verifies them; in plain Node:
      </p>
      <pre>
        <code>{VERIFY_SNIPPET}</code>
      </pre>
      <p>
        Answer with any 2xx within 10 seconds. Anything else is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10
        h and 10 h, then the delivery has failed; <code>410 Gone</code> disables the endpoint. Redirects are
        not followed. Every attempt is in the endpoint&apos;s delivery log, where a delivery can be replayed.
        Endpoints must be <code>https://</code> on public addresses: private, loopback and link-local ones are
        refused.
      </p>
    </>
  ),
};
