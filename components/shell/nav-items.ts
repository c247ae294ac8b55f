import type { IconName } from "@/components/ui/icon";

export type NavItem = { href: string; label: string; icon: IconName };

/** The product's main areas, in sidebar order. */
export const navItems: readonly NavItem[] = [
  { href: "/", label: "Dashboard", icon: "dashboard" },
  { href: "/contacts", label: "Contacts", icon: "contacts" },
  { href: "/templates", label: "Templates", icon: "templates" },
  { href: "/campaigns", label: "Campaigns", icon: "campaigns" },
  { href: "/inbox", label: "Inbox", icon: "inbox" },
  { href: "/settings", label: "Settings", icon: "settings" },
  { href: "/developers", label: "Developers", icon: "key" },
];

/**
 * "page" when the link is the current page, "true" when the current page is
 * inside the link's area (/contacts/123 under Contacts), otherwise undefined.
 */
export function currentState(pathname: string, href: string): "page" | "true" | undefined {
  if (pathname === href) return "page";
  if (href !== "/" && pathname.startsWith(`${href}/`)) return "true";
  return undefined;
}
