/** Whether this process runs as root (never true on Windows, which has no getuid). */
export function isRoot(): boolean {
  return process.getuid?.() === 0;
}
