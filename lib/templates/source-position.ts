/**
 * Turns Handlebars' positions (1-based lines, 0-based columns, counted in
 * UTF-16 code units, with \r\n, \r and \n all ending a line) into offsets
 * into the template body, so the editor can highlight the exact text.
 */
export class SourcePositions {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly body: string) {
    for (let i = 0; i < body.length; i++) {
      const code = body.charCodeAt(i);
      if (code === 0x0d && body.charCodeAt(i + 1) === 0x0a) i++;
      if (code === 0x0a || code === 0x0d) this.lineStarts.push(i + 1);
    }
  }

  /** The offset of a 1-based line and 0-based column, clamped to the body. */
  offsetOf(line: number, column: number): number {
    const start = this.lineStarts[Math.min(Math.max(line, 1), this.lineStarts.length) - 1]!;
    return Math.min(start + Math.max(column, 0), this.body.length);
  }
}
