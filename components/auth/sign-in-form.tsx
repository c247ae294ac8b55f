"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { safeCallbackPath } from "./safe-callback-path";
import { signInErrorMessage, validateSignIn, type SignInFieldErrors } from "./validate-sign-in";
import styles from "./sign-in-form.module.css";

type SignInFormProps = {
  /** Where to go after signing in; checked again here, so any string is safe to pass. */
  callbackPath: string;
  /** A message to show from the start (e.g. after next-auth sent the user back with an error). */
  initialError?: string | null;
};

export function SignInForm({ callbackPath, initialError = null }: SignInFormProps) {
  const router = useRouter();
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<SignInFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(initialError);
  const [signingIn, setSigningIn] = useState(false);
  // True while the page after sign-in loads; ends by itself if that page sends the user back here.
  const [navigating, startNavigation] = useTransition();
  const pending = signingIn || navigating;
  // After the first attempt, errors follow the user's typing so a fixed field clears at once.
  const [attempted, setAttempted] = useState(false);

  function revalidate(next: { email: string; password: string }) {
    if (attempted) setFieldErrors(validateSignIn(next));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;

    const errors = validateSignIn({ email, password });
    setAttempted(true);
    setFieldErrors(errors);
    setFormError(null);
    if (errors.email) {
      emailRef.current?.focus();
      return;
    }
    if (errors.password) {
      passwordRef.current?.focus();
      return;
    }

    setSigningIn(true);
    try {
      const result = await signIn("credentials", { email: email.trim(), password, redirect: false });
      if (!result || result.error || !result.ok) {
        setFormError(signInErrorMessage(result?.error));
        setSigningIn(false);
        return;
      }
      // The transition keeps the button pending while the next page loads, so the form cannot be sent twice.
      startNavigation(() => {
        router.replace(safeCallbackPath(callbackPath));
        router.refresh();
      });
      setSigningIn(false);
    } catch {
      setFormError("We couldn't reach Relay. Check your connection and try again.");
      setSigningIn(false);
    }
  }

  return (
    // method="post": if the form is submitted before the script runs, the password must not land in the URL.
    <form method="post" onSubmit={handleSubmit} noValidate>
      {/* The live region is always present so screen readers notice when a message appears in it. */}
      <div role="alert" aria-atomic="true" className={styles.alertSlot}>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
      </div>

      <div className={styles.fields}>
        <Field id="email" label="Email" error={fieldErrors.email} required>
          {(control) => (
            <Input
              {...control}
              ref={emailRef}
              name="email"
              type="email"
              inputMode="email"
              autoComplete="username"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              placeholder="name@company.com"
              value={email}
              onChange={(event) => {
                setEmail(event.target.value);
                revalidate({ email: event.target.value, password });
              }}
            />
          )}
        </Field>

        <Field id="password" label="Password" error={fieldErrors.password} required>
          {(control) => (
            <Input
              {...control}
              ref={passwordRef}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => {
                setPassword(event.target.value);
                revalidate({ email, password: event.target.value });
              }}
            />
          )}
        </Field>

        <Button type="submit" variant="primary" size="lg" fullWidth pending={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </div>
    </form>
  );
}
