const probeOrigin = "http://relay.invalid";

/**
 * Where to go after signing in: the requested path if it stays on this site,
 * otherwise the dashboard. Only relative paths are accepted ("/campaigns?x=1"),
 * never "//host", "/\host" (browsers read a backslash as a slash) or anything
 * carrying control characters (the URL parser drops tabs and newlines, so
 * "/\t/host" would become "//host").
 */
export function safeCallbackPath(value: string | undefined | null): string {
  if (!value || !value.startsWith("/") || value.startsWith("//")) return "/";
  if (value.includes("\\") || hasControlCharacter(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, probeOrigin);
  } catch {
    return "/";
  }
  if (url.origin !== probeOrigin) return "/";
  // Coming back to the sign-in page after signing in would only loop.
  if (url.pathname === "/sign-in" || url.pathname.startsWith("/api/")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}

function hasControlCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
