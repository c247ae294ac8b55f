/** The URL with its password hidden, for log lines and error messages. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "<invalid URL>";
  }
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
