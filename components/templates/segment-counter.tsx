"use client";

import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { analyzeText, replaceLookalikes } from "@/lib/templates/text";
import { count, counterSummary, distinctCharacters, segmentCount } from "./counter-summary";
import styles from "./segment-counter.module.css";

type SegmentCounterProps = {
  id: string;
  body: string;
  /** Called with the text after "Replace look-alikes". */
  onReplace: (body: string) => void;
};

/**
 * The live counter under the message, measured in the browser on every
 * keystroke (no server round trip). It counts the text as typed: merge tags
 * change the length per contact, which the preview and the list measure show.
 */
export function SegmentCounter({ id, body, onReplace }: SegmentCounterProps) {
  const analysis = useMemo(() => analyzeText(body), [body]);
  const [replaced, setReplaced] = useState<number | null>(null);
  const characters = distinctCharacters(analysis.nonGsmCharacters);
  const replaceable = characters.filter((character) => character.replacement !== undefined);

  function replace() {
    const result = replaceLookalikes(body);
    setReplaced(result.replaced);
    onReplace(result.text);
  }

  return (
    <div id={id} className={styles.counter}>
      <p className={styles.summary} data-encoding={analysis.encoding}>
        {counterSummary(analysis)}
      </p>
      {/* Announced only when the cost changes, not on every keystroke. */}
      <p className="visually-hidden" aria-live="polite">
        {`${analysis.encoding}, ${segmentCount(analysis.segments)}`}
      </p>
      {characters.length > 0 ? (
        <div className={styles.ucs2}>
          <p>
            {"These characters need UCS-2, which fits 70 characters per message instead of 160: "}
            {characters.map(({ char, replacement }) => (
              <kbd
                key={char}
                className={styles.character}
                title={replacement ? `Replaceable by “${replacement}”` : undefined}
              >
                {visible(char)}
              </kbd>
            ))}
          </p>
          {replaceable.length > 0 ? (
            <Button size="sm" onClick={replace}>
              Replace look-alikes
            </Button>
          ) : null}
        </div>
      ) : null}
      <p role="status" className={styles.replaced}>
        {replaced === null
          ? ""
          : replaced === 0
            ? "No look-alikes to replace."
            : `Replaced ${count(replaced, "character", "characters")} with GSM-7 equivalents.`}
      </p>
    </div>
  );
}

/** Invisible characters (odd spaces, zero-width ones) get a visible name. */
function visible(char: string): string {
  if (char.trim() === "" || /[\u200B\u2060\uFEFF\u00AD]/.test(char)) {
    return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return char;
}
