/** The demo login `npm start` seeds and prints; override with DEMO_EMAIL / DEMO_PASSWORD. */
export const DEMO = {
  organization: "Demo Company",
  slug: "demo",
  email: process.env.DEMO_EMAIL ?? "demo@relay.test",
  password: process.env.DEMO_PASSWORD ?? "relay-demo-password",
};
