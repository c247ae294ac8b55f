// The parts of auth that only run inside Next.js (pages, route handlers, actions).
export { requireSession, getSession } from "./require-session";
export { authOptions } from "./auth-options";
