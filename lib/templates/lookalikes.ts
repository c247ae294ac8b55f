/**
 * Characters that force UCS-2 but have a GSM-7 stand-in a reader would not
 * notice: typographic punctuation and invisible or unusual spaces, mostly
 * pasted from word processors. Letters are deliberately absent: turning
 * "Zoë" into "Zoe" or "Łukasz" into "Lukasz" changes a name, which is the
 * marketer's call, not a one-click fix. Symbols such as ™ © ® are absent too,
 * because spelling them out changes the visible text.
 *
 * An empty replacement removes the character (it was invisible).
 */
export const LOOKALIKE_REPLACEMENTS: ReadonlyMap<string, string> = new Map([
  // Single quotes, apostrophes, primes and the backtick (not in GSM-7: 0x60 is ¿).
  ["\u2018", "'"], // ‘ left single quotation mark
  ["\u2019", "'"], // ’ right single quotation mark (the typographic apostrophe)
  ["\u201A", "'"], // ‚ single low-9 quotation mark
  ["\u201B", "'"], // ‛ single high-reversed-9 quotation mark
  ["\u2032", "'"], // ′ prime
  ["\u02BC", "'"], // ʼ modifier letter apostrophe
  ["\u00B4", "'"], // ´ acute accent used as an apostrophe
  ["\u0060", "'"], // ` grave accent / backtick
  ["\u2039", "'"], // ‹ single left-pointing angle quotation mark
  ["\u203A", "'"], // › single right-pointing angle quotation mark
  // Double quotes.
  ["\u201C", '"'], // “ left double quotation mark
  ["\u201D", '"'], // ” right double quotation mark
  ["\u201E", '"'], // „ double low-9 quotation mark
  ["\u201F", '"'], // ‟ double high-reversed-9 quotation mark
  ["\u2033", '"'], // ″ double prime
  ["\u00AB", '"'], // « left-pointing double angle quotation mark
  ["\u00BB", '"'], // » right-pointing double angle quotation mark
  // Hyphens, dashes and the minus sign.
  ["\u2010", "-"], // ‐ hyphen
  ["\u2011", "-"], // ‑ non-breaking hyphen
  ["\u2012", "-"], // ‒ figure dash
  ["\u2013", "-"], // – en dash
  ["\u2014", "-"], // — em dash
  ["\u2015", "-"], // ― horizontal bar
  ["\u2212", "-"], // − minus sign
  // Ellipsis and bullet.
  ["\u2026", "..."], // … horizontal ellipsis
  ["\u2022", "-"], // • bullet: "- item" is how plain-text lists are written
  // Spaces that look like a space.
  ["\u0009", " "], // tab
  ["\u00A0", " "], // no-break space
  ["\u2000", " "], // en quad
  ["\u2001", " "], // em quad
  ["\u2002", " "], // en space
  ["\u2003", " "], // em space
  ["\u2004", " "], // three-per-em space
  ["\u2005", " "], // four-per-em space
  ["\u2006", " "], // six-per-em space
  ["\u2007", " "], // figure space
  ["\u2008", " "], // punctuation space
  ["\u2009", " "], // thin space
  ["\u200A", " "], // hair space
  ["\u202F", " "], // narrow no-break space
  ["\u205F", " "], // medium mathematical space
  ["\u3000", " "], // ideographic space
  // Invisible characters that only ever arrive by copy and paste. The zero-width
  // joiner is kept: it glues emoji sequences together, which stay UCS-2 anyway.
  ["\u200B", ""], // zero-width space
  ["\u2060", ""], // word joiner
  ["\uFEFF", ""], // byte-order mark / zero-width no-break space
  ["\u00AD", ""], // soft hyphen
]);
