export type { AppSession } from "./session";
export { requireSession } from "./require-session";
