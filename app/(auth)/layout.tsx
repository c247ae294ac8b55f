import type { ReactNode } from "react";
import styles from "./auth-layout.module.css";

/** Public pages (sign-in): a calm, centred column on a softly tinted background. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className={styles.backdrop}>
      <main id="main-content" tabIndex={-1} className={styles.main}>
        {children}
      </main>
      <footer className={styles.footer}>
        <p>© Relay · SMS campaigns, delivery reports and replies in one place</p>
      </footer>
    </div>
  );
}
