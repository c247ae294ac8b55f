"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import type { MergeField } from "@/lib/templates";
import { fallbackTag } from "./insert-at-cursor";
import styles from "./merge-tag-picker.module.css";

type MergeTagPickerProps = {
  fields: readonly MergeField[];
  /** Inserts at the message's cursor; `select` is the part of the text to leave selected. */
  onInsert: (text: string, select?: { start: number; end: number }) => void;
};

/**
 * "Insert merge tag": a menu button listing the organization's real fields.
 * Keyboard: Enter, Space or ↓ opens it on the first entry; ↑/↓, Home and End
 * move; Enter or Space inserts; Escape closes and returns to the button.
 * "With a fallback" switches the entries to `{{default firstName "there"}}`,
 * leaving the fallback selected so it can be typed over.
 */
export function MergeTagPicker({ fields, onInsert }: MergeTagPickerProps) {
  const menuId = useId();
  // The ui Button takes no ref, so focus goes back through the wrapper.
  const pickerRef = useRef<HTMLDivElement>(null);
  const itemRefs = useRef<Array<HTMLElement | null>>([]);
  const [open, setOpen] = useState(false);
  const [withFallback, setWithFallback] = useState(false);
  const [active, setActive] = useState(0);
  // Entry 0 is the "With a fallback" switch; the fields follow.
  const itemCount = fields.length + 1;

  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  function openAt(index: number) {
    setActive(index);
    setOpen(true);
  }

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) pickerRef.current?.querySelector("button")?.focus();
  }

  function choose(field: MergeField) {
    setOpen(false);
    if (!withFallback) return onInsert(field.insert);
    const tag = fallbackTag(field.path, field.tag === "firstName" ? "there" : "fallback");
    onInsert(tag.text, tag.select);
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = {
      ArrowDown: (active + 1) % itemCount,
      ArrowUp: (active - 1 + itemCount) % itemCount,
      Home: 0,
      End: itemCount - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      setActive(moves[event.key]!);
    } else if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "Tab") {
      close(false);
    }
  }

  return (
    <div
      ref={pickerRef}
      className={styles.picker}
      onBlur={(event) => {
        // Clicking or tabbing anywhere outside closes the menu.
        if (open && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <Button
        size="sm"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openAt(1))}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            openAt(1);
          } else if (event.key === "ArrowUp") {
            event.preventDefault();
            openAt(itemCount - 1);
          }
        }}
      >
        Insert merge tag
      </Button>
      {open ? (
        <div
          id={menuId}
          role="menu"
          aria-label="Merge tags"
          className={styles.menu}
          onKeyDown={onMenuKeyDown}
        >
          <div
            ref={(element) => {
              itemRefs.current[0] = element;
            }}
            role="menuitemcheckbox"
            aria-checked={withFallback}
            tabIndex={active === 0 ? 0 : -1}
            className={`${styles.option} ${styles.toggle}`}
            onClick={() => setWithFallback(!withFallback)}
            onKeyDown={(event) => {
              if (event.key === "Enter" || event.key === " ") {
                event.preventDefault();
                setWithFallback(!withFallback);
              }
            }}
          >
            <span className={styles.check} aria-hidden="true">
              {withFallback ? "✓" : ""}
            </span>
            With a fallback for missing values
          </div>
          <div role="separator" className={styles.separator} />
          {fields.map((field, index) => (
            <div
              key={field.tag}
              ref={(element) => {
                itemRefs.current[index + 1] = element;
              }}
              role="menuitem"
              tabIndex={active === index + 1 ? 0 : -1}
              className={styles.option}
              onClick={() => choose(field)}
              onKeyDown={(event) => {
                if (event.key === "Enter" || event.key === " ") {
                  event.preventDefault();
                  choose(field);
                }
              }}
            >
              <span className={styles.label}>{field.label}</span>{" "}
              <code className={styles.tag}>
                {withFallback
                  ? fallbackTag(field.path, field.tag === "firstName" ? "there" : "fallback").text
                  : field.insert}
              </code>
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
