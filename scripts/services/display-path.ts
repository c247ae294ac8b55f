import path from "node:path";

/** Paths inside the working directory read better relative (".data/test/postgres"). */
export function displayPath(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? dir : relative;
}
