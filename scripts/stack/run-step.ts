import { spawn } from "node:child_process";

/** Runs a command with inherited output; resolves with its exit code. */
export function runStep(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: "inherit" });
    child.once("error", reject);
    child.once("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

export const bin = (name: string) => `node_modules/.bin/${name}`;
