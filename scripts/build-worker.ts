// `npm run worker` builds the worker's bundle first (scripts/stack/worker-bundle.ts).
import { buildWorkerBundle } from "./stack/worker-bundle";

await buildWorkerBundle();
