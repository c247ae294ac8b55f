import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".data/**",
      "lib/db/generated/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  {
    rules: {
      // Configuration is read once, validated, in lib/config.ts.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through lib/config.ts." },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Entry points that bootstrap the environment before lib/config.ts is loaded.
    files: [
      "lib/config.ts",
      "scripts/**",
      "e2e/**",
      "tests/**",
      "bench/**",
      "playwright.config.ts",
      "vitest.config.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // lib/ is the domain: it never reaches into the app, the UI or the worker.
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@/app/*",
                "@/components/*",
                "@/worker/*",
                "../app/*",
                "../components/*",
                "../worker/*",
              ],
              message: "lib/ must not import from app/, components/ or worker/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["worker/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*", "@/components/*"],
              message: "worker/ must not import from app/ or components/.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
