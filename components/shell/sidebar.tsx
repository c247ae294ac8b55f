"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from "react";
import { Icon } from "@/components/ui/icon";
import { Logo } from "@/components/ui/logo";
import styles from "./sidebar.module.css";

type SidebarProps = {
  orgName: string;
  /** Navigation and account block; always visible on wide screens, behind the menu button on narrow ones. */
  children: ReactNode;
};

/**
 * The app's side bar. Below 900 px it collapses into a top bar whose menu button
 * (aria-expanded, aria-controls) opens the same content as a panel. The panel
 * closes on navigation, on Escape (focus returns to the button) and when a link
 * in it is followed.
 */
export function Sidebar({ orgName, children }: SidebarProps) {
  const pathname = usePathname();
  const panelId = useId();
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  // The menu belongs to the page it was opened on: navigating elsewhere closes it.
  const [openOnPath, setOpenOnPath] = useState<string | null>(null);
  const open = openOnPath === pathname;

  useEffect(() => {
    if (!open) return;
    function closeOnEscape(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      setOpenOnPath(null);
      menuButtonRef.current?.focus();
    }
    document.addEventListener("keydown", closeOnEscape);
    return () => document.removeEventListener("keydown", closeOnEscape);
  }, [open]);

  function closeWhenLinkFollowed(event: MouseEvent<HTMLDivElement>) {
    if (event.target instanceof Element && event.target.closest("a")) setOpenOnPath(null);
  }

  return (
    <header className={styles.sidebar}>
      <div className={styles.bar}>
        <Link href="/" className={styles.brand}>
          <Logo />
        </Link>
        <span className={styles.barOrg}>{orgName}</span>
        <button
          ref={menuButtonRef}
          type="button"
          className={styles.menuButton}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpenOnPath(open ? null : pathname)}
        >
          <Icon name={open ? "close" : "menu"} size={20} />
          <span className="visually-hidden">Menu</span>
        </button>
      </div>

      {/* Clicks bubble here from the links inside; the links themselves stay the keyboard targets. */}
      <div
        id={panelId}
        className={styles.panel}
        data-open={open || undefined}
        onClick={closeWhenLinkFollowed}
      >
        <div className={styles.org}>
          <span className={styles.orgIcon}>
            <Icon name="building" size={16} />
          </span>
          <span className={styles.orgText}>
            <span className={styles.orgLabel}>Organization</span>
            <span className={styles.orgName} title={orgName}>
              {orgName}
            </span>
          </span>
        </div>
        {children}
      </div>
    </header>
  );
}
