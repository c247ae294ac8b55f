/**
 * Keeps the last lines a server printed, so a failed start can show why
 * without flooding the terminal while things go well.
 */
export class OutputTail {
  private readonly lines: string[] = [];

  constructor(private readonly maxLines = 25) {}

  push(chunk: unknown): void {
    const text = chunk instanceof Error ? chunk.message : String(chunk);
    for (const line of text.split(/\r?\n/)) {
      if (line.trim() === "") continue;
      this.lines.push(line);
      if (this.lines.length > this.maxLines) this.lines.shift();
    }
  }

  /** The kept lines, indented, ready to append to an error message; "" when there are none. */
  format(): string {
    return this.lines.length === 0 ? "" : `\n  last output:\n    ${this.lines.join("\n    ")}`;
  }
}
