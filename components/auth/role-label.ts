import type { AppSession } from "@/lib/auth";

const labels: Record<AppSession["role"], string> = {
  owner: "Owner",
  admin: "Admin",
  member: "Member",
};

/** The role's name as users read it ("Owner"), from the stored value ("owner"). */
export function roleLabel(role: AppSession["role"]): string {
  return labels[role] ?? role;
}
