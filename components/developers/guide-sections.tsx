import type { ReactNode } from "react";
import { webhooksGuide } from "@/components/settings/webhooks/webhooks-guide";

/**
 * The guide shown above the endpoint reference on /developers, in order.
 * Each area of the API that needs more than its endpoints adds its section
 * here (e.g. "Webhooks: events and signatures"), with an id for its anchor.
 */
export type GuideSection = { id: string; title: string; content: ReactNode };

export type GuideFigures = {
  baseUrl: string;
  openApiUrl: string;
  rateLimit: { perSecond: number; burst: number };
  maxBodyBytes: number;
};

export function guideSections(options: GuideFigures): GuideSection[] {
  return [
    {
      id: "authentication",
      title: "Authentication",
      content: (
        <>
          <p>
            Create a key under <a href="/settings/api-keys">Settings → API keys</a> (owners and admins). It is
            shown once; Relay stores only its SHA-256. Send it with every request:
          </p>
          <pre>
            <code>Authorization: Bearer sk_…</code>
          </pre>
          <p>
            A key acts for its whole organization. A missing, malformed, unknown or revoked key answers{" "}
            <code>401</code>; revoking a key stops it at once. All endpoints live under{" "}
            <code>{options.baseUrl}</code> and speak JSON. The machine-readable description is the OpenAPI 3.1
            document at <a href={options.openApiUrl}>{options.openApiUrl}</a>.
          </p>
        </>
      ),
    },
    {
      id: "errors",
      title: "Errors",
      content: (
        <>
          <p>Every error has one shape, with the HTTP status that fits:</p>
          <pre>
            <code>{`{ "error": { "code": "validation_failed", "message": "Enter a valid email address.", "field": "email" } }`}</code>
          </pre>
          <p>
            <code>code</code> is stable, for programs; <code>message</code> is for people; <code>field</code>{" "}
            names the input at fault as a dotted path (<code>listIds.0</code>, <code>customFields.plan</code>
            ). Unknown fields are refused by name, so a typo never passes silently. Bodies must be JSON (
            <code>415</code> otherwise), at most {formatBytes(options.maxBodyBytes)} (<code>413</code>), and
            parse (<code>400 invalid_json</code>). An id of another organization answers <code>404</code>,
            like an id that does not exist. A move a campaign cannot make (pausing a draft) answers{" "}
            <code>409 conflict</code> with the reason.
          </p>
        </>
      ),
    },
    {
      id: "idempotency",
      title: "Idempotency",
      content: (
        <p>
          POST endpoints take an <code>Idempotency-Key</code> header (1–255 visible ASCII characters; a UUID
          is ideal). Retrying with the same key and the same body within 24 hours replays the first answer,
          with <code>Idempotent-Replayed: true</code>, instead of acting twice. The same key with a different
          body answers <code>422 idempotency_key_reused</code>; while the first request is still running,{" "}
          <code>409 idempotency_key_in_use</code>. An answer of 500 or above is not kept, so the request can
          be retried with the same key. Keys belong to your organization and are forgotten after 24 hours.
        </p>
      ),
    },
    {
      id: "rate-limits",
      title: "Rate limits",
      content: (
        <p>
          Each key may make {options.rateLimit.perSecond} requests per second on average, with bursts of up to{" "}
          {options.rateLimit.burst}. Every answer carries <code>RateLimit-Limit</code>,{" "}
          <code>RateLimit-Remaining</code> and <code>RateLimit-Reset</code> (seconds until the burst is full
          again). Past the limit the answer is <code>429 rate_limited</code> with <code>Retry-After</code> in
          seconds: wait that long, then retry.
        </p>
      ),
    },
    {
      id: "pagination",
      title: "Pagination",
      content: (
        <p>
          Lists answer <code>{`{ "data": [...], "nextCursor": "…" }`}</code>. Pass <code>nextCursor</code>{" "}
          back as <code>cursor</code> for the next page, with the same filters; it is <code>null</code> on the
          last page. Pages are read by keyset, so rows added meanwhile never shift or repeat a page.
        </p>
      ),
    },
    webhooksGuide,
    // More areas add their guide sections here.
  ];
}

function formatBytes(bytes: number): string {
  return bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${bytes} bytes`;
}
