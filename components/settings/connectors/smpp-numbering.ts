/** Type of number (SMPP 3.4, 5.2.5), as the connector form offers it. */
export const TON_OPTIONS: readonly { value: number; label: string }[] = [
  { value: 0, label: "0 · Unknown" },
  { value: 1, label: "1 · International" },
  { value: 2, label: "2 · National" },
  { value: 3, label: "3 · Network specific" },
  { value: 4, label: "4 · Subscriber number" },
  { value: 5, label: "5 · Alphanumeric" },
  { value: 6, label: "6 · Abbreviated" },
];

/** Numbering plan indicator (SMPP 3.4, 5.2.6): the values the specification defines. */
export const NPI_OPTIONS: readonly { value: number; label: string }[] = [
  { value: 0, label: "0 · Unknown" },
  { value: 1, label: "1 · ISDN / telephone (E.164)" },
  { value: 3, label: "3 · Data (X.121)" },
  { value: 4, label: "4 · Telex (F.69)" },
  { value: 6, label: "6 · Land mobile (E.212)" },
  { value: 8, label: "8 · National" },
  { value: 9, label: "9 · Private" },
  { value: 10, label: "10 · ERMES" },
  { value: 14, label: "14 · Internet (IP)" },
  { value: 18, label: "18 · WAP client id" },
];

export const BIND_MODE_LABELS = {
  transceiver: "Transceiver (one bind both ways)",
  transmitter_receiver: "Transmitter + receiver (two binds)",
} as const;
