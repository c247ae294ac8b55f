import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackPath } from "@/components/auth/safe-callback-path";
import { signInPageErrorMessage } from "@/components/auth/validate-sign-in";
import { Logo } from "@/components/ui/logo";
import { getSession } from "@/lib/auth/server";
import styles from "./sign-in.module.css";

export const metadata: Metadata = { title: "Sign in" };

type SignInPageProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const { callbackUrl, error } = await searchParams;
  const callbackPath = safeCallbackPath(typeof callbackUrl === "string" ? callbackUrl : undefined);
  // Someone already signed in has nothing to do here.
  if (await getSession()) redirect(callbackPath);

  return (
    <div className={styles.column}>
      <div className={styles.intro}>
        <Logo size="lg" />
        <h1 className={styles.title}>Sign in to your workspace</h1>
        <p className={styles.pitch}>
          SMS campaigns for marketing teams: send to your lists, watch delivery live and answer every reply.
        </p>
      </div>

      <div className={styles.card}>
        <SignInForm callbackPath={callbackPath} initialError={signInPageErrorMessage(error)} />
      </div>

      <p className={styles.aside}>New to Relay? Ask an admin of your organization to invite you.</p>
    </div>
  );
}
