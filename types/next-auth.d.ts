import type { Role } from "@/lib/db/generated/enums";

// What our sign-in puts into the JWT and the session (lib/auth/auth-options.ts).
declare module "next-auth" {
  interface User {
    id: string;
    orgId: string;
    role: Role;
    sessionVersion: number;
  }
  interface Session {
    userId: string;
    orgId: string;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId: string;
    orgId: string;
    sessionVersion: number;
  }
}
