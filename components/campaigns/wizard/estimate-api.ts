import type { CampaignEstimate } from "@/lib/campaigns";
import { EditorRequestError } from "@/components/templates/editor-api";

/** The wizard's figures, through the route handler at /campaigns/wizard/estimate. */
export async function fetchEstimate(
  input: { listIds: string[]; body: string; connectorId: string | null },
  signal: AbortSignal,
): Promise<CampaignEstimate> {
  const response = await fetch("/campaigns/wizard/estimate", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(input),
    signal,
  });
  const json: unknown = await response.json().catch(() => null);
  if (response.ok && json !== null) return json as CampaignEstimate;
  const message =
    typeof json === "object" && json !== null && "error" in json
      ? (json as { error: { message?: string } }).error.message
      : undefined;
  // A redirect to sign-in (expired session) arrives as HTML, not JSON.
  throw new EditorRequestError(message ?? "Relay could not be reached. Check your connection and try again.");
}
