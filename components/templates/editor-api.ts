import type { ListSegmentsMeasure, PreviewContact, TemplatePreviewResult } from "@/lib/templates";

/** The editor's reads, through the route handlers under /templates/editor. */

export class EditorRequestError extends Error {}

async function answer<T>(response: Response): Promise<T> {
  const json: unknown = await response.json().catch(() => null);
  if (response.ok && json !== null) return json as T;
  const message =
    typeof json === "object" && json !== null && "error" in json
      ? (json as { error: { message?: string } }).error.message
      : undefined;
  // A redirect to sign-in (expired session) arrives as HTML, not JSON.
  throw new EditorRequestError(message ?? "Relay could not be reached. Check your connection and try again.");
}

function postJson(url: string, body: unknown, signal: AbortSignal): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
    signal,
  });
}

export async function fetchPreview(
  input: { body: string; contactId: string | null },
  signal: AbortSignal,
): Promise<TemplatePreviewResult> {
  return answer(await postJson("/templates/editor/preview", input, signal));
}

export async function fetchListMeasure(
  input: { body: string; listIds: string[] },
  signal: AbortSignal,
): Promise<ListSegmentsMeasure> {
  return answer(await postJson("/templates/editor/measure", input, signal));
}

export async function fetchPreviewContacts(query: string, signal: AbortSignal): Promise<PreviewContact[]> {
  const url = `/templates/editor/contacts?q=${encodeURIComponent(query)}`;
  return answer(await fetch(url, { signal }));
}
