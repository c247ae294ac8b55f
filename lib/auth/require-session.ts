import "server-only";
import { redirect } from "next/navigation";
import type { AppSession } from "./session";

/**
 * TEMPORARY placeholder while lib/auth is written: the real one reads the
 * next-auth session and checks its version against the database.
 */
export async function requireSession(): Promise<AppSession> {
  redirect("/sign-in");
}
