import { NextResponse, type NextRequest } from "next/server";

// next-auth v4's cookie names (the __Secure- one is used over HTTPS).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * An optimistic redirect only: a visitor with no session cookie is sent to
 * sign-in instead of rendering a page that would redirect anyway. Every page
 * and action still checks the session itself (lib/auth/require-session.ts).
 */
export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  const target = request.nextUrl.pathname + request.nextUrl.search;
  if (target !== "/") signIn.searchParams.set("callbackUrl", target);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Everything except sign-in, next-auth's own routes, the public API, and static files.
  matcher: ["/((?!sign-in|api/|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
