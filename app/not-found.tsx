import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import { Logo } from "@/components/ui/logo";
import styles from "./not-found.module.css";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <main id="main-content" tabIndex={-1} className={styles.main}>
      <div className={styles.logo}>
        <Logo />
      </div>
      <div className={styles.card}>
        <div className={styles.icon}>
          <Icon name="compass" size={24} />
        </div>
        <p className={styles.code}>Error 404</p>
        <h1 className={styles.title}>Page not found</h1>
        <p className={styles.description}>
          There is nothing at this address. It may have been mistyped, or the page has moved or been deleted.
        </p>
        <ButtonLink href="/" variant="primary" className={styles.action}>
          Go to the dashboard
        </ButtonLink>
      </div>
    </main>
  );
}
