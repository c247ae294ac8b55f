"use client";

import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import type { PreviewContact } from "@/lib/templates";
import { fetchPreviewContacts } from "./editor-api";
import styles from "./contact-picker.module.css";

type ContactPickerProps = {
  /** The contact the preview renders for; null is the sample contact. */
  contact: PreviewContact | null;
  onChange: (contact: PreviewContact | null) => void;
};

type Search =
  | { status: "idle" | "loading"; contacts: PreviewContact[] }
  | { status: "ready"; contacts: PreviewContact[] }
  | { status: "error"; contacts: PreviewContact[]; message: string };

const SEARCH_DELAY_MS = 200;

/**
 * "Preview as": a combobox searching the organization's contacts by the
 * start of a name or by phone digits (ten at most). ↓/↑ move through the
 * matches, Enter picks one, Escape closes the list.
 */
export function ContactPicker({ contact, onChange }: ContactPickerProps) {
  const inputId = useId();
  const listId = useId();
  const [query, setQuery] = useState(contact?.label ?? "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [search, setSearch] = useState<Search>({ status: "idle", contacts: [] });

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setSearch((previous) => ({ status: "loading", contacts: previous.contacts }));
      try {
        const contacts = await fetchPreviewContacts(query, controller.signal);
        setSearch({ status: "ready", contacts });
        setActive(contacts.length > 0 ? 0 : -1);
      } catch (error) {
        if (controller.signal.aborted) return;
        setSearch({ status: "error", contacts: [], message: (error as Error).message });
      }
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [open, query]);

  function pick(chosen: PreviewContact) {
    onChange(chosen);
    setQuery(chosen.label);
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = search.contacts.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return setOpen(true);
      if (count === 0) return;
      setActive((active + (event.key === "ArrowDown" ? 1 : count - 1)) % count);
    } else if (event.key === "Enter" && open) {
      event.preventDefault();
      const chosen = search.contacts[active];
      if (chosen) pick(chosen);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const options = search.contacts;
  const activeId = open && active >= 0 && options[active] ? `${listId}-${active}` : undefined;

  return (
    <div className={styles.picker}>
      <label htmlFor={inputId} className={styles.label}>
        Preview as
      </label>
      <div className={styles.row}>
        <div className={styles.combo}>
          <input
            id={inputId}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={activeId}
            autoComplete="off"
            spellCheck={false}
            className={styles.input}
            placeholder="Sample contact: search by name or phone"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => {
              // Leaving without picking keeps the chosen contact, so the box shows it again.
              setOpen(false);
              setQuery(contact?.label ?? "");
            }}
            onKeyDown={onKeyDown}
          />
          <ul id={listId} role="listbox" aria-label="Contacts" hidden={!open} className={styles.listbox}>
            {options.map((option, index) => (
              <li
                key={option.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className={styles.option}
                // mousedown, not click: the input's blur would close the list before a click lands.
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(option);
                }}
                onMouseEnter={() => setActive(index)}
              >
                <span className={styles.name}>{option.label}</span>{" "}
                <span className={styles.phone}>{option.phone}</span>
              </li>
            ))}
          </ul>
          {open && search.status !== "idle" && options.length === 0 ? (
            <p className={styles.empty} role="status">
              {search.status === "loading"
                ? "Searching…"
                : search.status === "error"
                  ? search.message
                  : "No contact matches. The preview uses the sample contact."}
            </p>
          ) : null}
        </div>
        {contact !== null ? (
          <Button
            size="sm"
            variant="ghost"
            onClick={() => {
              onChange(null);
              setQuery("");
            }}
          >
            Use the sample contact
          </Button>
        ) : null}
      </div>
    </div>
  );
}
