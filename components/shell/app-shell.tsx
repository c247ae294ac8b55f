import type { ReactNode } from "react";
import type { AppSession } from "@/lib/auth";
import { NavLinks } from "./nav-links";
import { Sidebar } from "./sidebar";
import { UserCard } from "./user-card";
import styles from "./app-shell.module.css";

type AppShellProps = {
  session: Pick<AppSession, "name" | "email" | "role" | "orgName">;
  children: ReactNode;
};

/** The signed-in frame: side bar (top bar on phones) and the main region pages render into. */
export function AppShell({ session, children }: AppShellProps) {
  return (
    <div className={styles.shell}>
      <Sidebar orgName={session.orgName}>
        <nav aria-label="Main">
          <NavLinks />
        </nav>
        <UserCard name={session.name} email={session.email} role={session.role} />
      </Sidebar>
      <main id="main-content" tabIndex={-1} className={styles.main}>
        <div className={styles.content}>{children}</div>
      </main>
    </div>
  );
}
