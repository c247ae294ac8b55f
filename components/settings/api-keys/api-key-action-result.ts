/** What an API key server action answers: a form keeps what was typed and shows the error at its field. */
export type ApiKeyActionResult<T> =
  { ok: true; value: T } | { ok: false; message: string | null; fieldErrors: { name?: string } };

/** The one time a key's secret reaches the browser. */
export type CreatedApiKey = { name: string; secret: string };

export type CreateApiKeyAction = (name: string) => Promise<ApiKeyActionResult<CreatedApiKey>>;
export type RevokeApiKeyAction = (apiKeyId: string) => Promise<ApiKeyActionResult<null>>;

/** A key as the table shows it; dates already written out on the server. */
export type ApiKeyRowData = {
  id: string;
  name: string;
  prefix: string;
  createdLabel: string;
  createdIso: string;
  createdBy: string | null;
  lastUsedLabel: string | null;
  lastUsedIso: string | null;
  revokedLabel: string | null;
  revokedIso: string | null;
};
