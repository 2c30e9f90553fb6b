package io.github.ogireport.internal.text;

/**
 * Display width of text as a terminal or {@code pdftotext -layout} lays it out: 2 columns for East
 * Asian wide and full-width characters, 1 for the others. Used to write space-aligned tables and to
 * read their columns back.
 */
public final class DisplayWidth {

  private DisplayWidth() {}

  /** The width of code point {@code cp}: 2 if East Asian wide or full-width, else 1. */
  public static int of(int cp) {
    boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD)
        || cp == 0x201C || cp == 0x201D;
    return wide ? 2 : 1;
  }

  /** The width of {@code s}[from, to). */
  public static int of(CharSequence s, int from, int to) {
    int w = 0;
    for (int i = from; i < to; ) {
      int cp = Character.codePointAt(s, i);
      w += of(cp);
      i += Character.charCount(cp);
    }
    return w;
  }
}
