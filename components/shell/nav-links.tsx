"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Icon } from "@/components/ui/icon";
import { currentState, navItems } from "./nav-items";
import styles from "./nav-links.module.css";

/** The main navigation list; marks the current area with aria-current. */
export function NavLinks() {
  const pathname = usePathname();
  return (
    <ul role="list" className={styles.list}>
      {navItems.map((item) => (
        <li key={item.href}>
          <Link href={item.href} className={styles.link} aria-current={currentState(pathname, item.href)}>
            <Icon name={item.icon} size={18} className={styles.icon} />
            <span>{item.label}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
