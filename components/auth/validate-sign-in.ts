export type SignInFieldErrors = { email?: string; password?: string };

// Deliberately loose: one "@", something before it, a dot in the domain, no spaces.
// The server decides whether the account exists; this only catches typos early.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

/** Checks the sign-in fields before anything is sent; returns one message per bad field. */
export function validateSignIn({ email, password }: { email: string; password: string }): SignInFieldErrors {
  const errors: SignInFieldErrors = {};
  const trimmedEmail = email.trim();
  if (trimmedEmail === "") errors.email = "Enter your email address.";
  else if (!emailPattern.test(trimmedEmail))
    errors.email = "Enter a valid email address, like name@company.com.";
  if (password === "") errors.password = "Enter your password.";
  return errors;
}

/**
 * The server puts a human-readable sentence in `error` ("Too many failed attempts…").
 * next-auth's own codes are single words ("CredentialsSignin", "Configuration"); those
 * are turned into sentences here so a code never reaches the user.
 */
export function signInErrorMessage(error: string | null | undefined): string {
  if (!error || error === "CredentialsSignin") return "The email or password is incorrect.";
  if (/^[A-Za-z]+$/.test(error)) {
    return "We couldn't sign you in. Try again, and ask an admin of your organization if it keeps happening.";
  }
  return error;
}

const pageErrorMessages: Record<string, string> = {
  SessionRequired: "Sign in to continue.",
  CredentialsSignin: "The email or password is incorrect.",
};

/**
 * The message for next-auth's `?error=` on the sign-in page. The query string is
 * written by whoever made the link, so its text is never shown: only known codes
 * are translated, anything else gets the general sentence.
 */
export function signInPageErrorMessage(code: string | string[] | undefined): string | null {
  if (typeof code !== "string" || code === "") return null;
  return (
    pageErrorMessages[code] ??
    "We couldn't sign you in. Try again, and ask an admin of your organization if it keeps happening."
  );
}
