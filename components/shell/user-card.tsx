import { roleLabel } from "@/components/auth/role-label";
import { Badge } from "@/components/ui/badge";
import type { AppSession } from "@/lib/auth";
import { SignOutButton } from "./sign-out-button";
import styles from "./user-card.module.css";

type UserCardProps = Pick<AppSession, "name" | "email" | "role">;

function initialsOf(name: string, email: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 0 ? words.slice(0, 2).map((word) => word[0]) : [email[0]];
  return letters.join("").toUpperCase();
}

/** Who is signed in, with which role, and the way out. */
export function UserCard({ name, email, role }: UserCardProps) {
  const displayName = name.trim() || email;
  return (
    <div className={styles.userCard}>
      <div className={styles.identity}>
        <span className={styles.avatar} aria-hidden="true">
          {initialsOf(name, email)}
        </span>
        <div className={styles.text}>
          <div className={styles.nameRow}>
            <p className={styles.name}>{displayName}</p>
            <Badge>
              <span className="visually-hidden">Role: </span>
              {roleLabel(role)}
            </Badge>
          </div>
          {displayName !== email ? (
            <p className={styles.email} title={email}>
              {email}
            </p>
          ) : null}
        </div>
      </div>
      <SignOutButton />
    </div>
  );
}
