"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";

/** Ends the session everywhere next-auth knows about and returns to the sign-in page. */
export function SignOutButton() {
  const [pending, setPending] = useState(false);

  async function handleClick() {
    if (pending) return;
    setPending(true);
    try {
      await signOut({ callbackUrl: "/sign-in" });
    } catch {
      // The network failed before the session was ended: let the user try again.
      setPending(false);
    }
  }

  return (
    <Button variant="ghost" size="sm" fullWidth pending={pending} onClick={handleClick}>
      {pending ? null : <Icon name="signOut" size={16} />}
      {pending ? "Signing out…" : "Sign out"}
    </Button>
  );
}
