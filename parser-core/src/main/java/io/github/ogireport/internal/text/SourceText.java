package io.github.ogireport.internal.text;

import io.github.ogireport.model.SourceSpan;
import java.util.Arrays;

/**
 * The input as the grammar sees it, and the way back to the original.
 *
 * <p>Normalisation: a leading BOM and zero-width characters (U+200B–U+200D, U+2060, U+FEFF) are
 * dropped; CRLF, lone CR, form feed, U+2028 and U+2029 become '\n'; NBSP, U+3000 and other spaces
 * become ' '; full-width digits, Latin letters and the punctuation that numbers and labels use
 * （）．，：％－＋／ become ASCII (the full-width comma and colon are kept in prose: see
 * {@link #normalizeChar}); the text ends with '\n'. Every normalised char keeps the offset of the
 * original char it came from, so positions map back to the original input exactly.
 *
 * <p>Lines and columns are those of the ORIGINAL input: 1-based, columns in code points, line ends
 * being CRLF, CR or LF (a form feed is not a line end of the original).
 */
public final class SourceText {

  private static final int[] NONE = new int[0];

  private final CharSequence original;
  private final String text;
  /**
   * The offset map, kept sparse: from normalised index {@code shiftAt[i]} on, the original offset
   * is the normalised one plus {@code shift[i]} (until the next entry). Only dropped chars (a BOM,
   * zero-width chars, the CR of a CRLF) move later chars, so a file has one entry per drop, none
   * when nothing was dropped. Replaced chars keep their offsets.
   */
  private final int[] shiftAt;
  private final int[] shift;
  private final int shifts;
  /**
   * A dense map instead (normalised index → original index, length text.length()+1), for a text
   * derived from another (an HTML page's text); null otherwise.
   */
  private final int[] toOriginal;
  /** Original char offsets at which each original line starts. */
  private final int[] lineStarts;
  private final int lineCount;
  /** Original offsets of the high halves of surrogate pairs, ascending; they make columns differ from offsets. */
  private final int[] pairs;
  private final int pairCount;
  private final boolean changed;
  /** Normalised offsets at which a line longer than the line limit was cut. */
  private final int[] cuts;
  /**
   * The line {@link #lineOf} found last: a hint, not state anyone sees (every answer is the same with
   * or without it). It only ever holds a valid line number and is checked before use, so even a rule
   * asking for spans from several threads at once gets right answers (int writes are atomic).
   */
  private int lastLine;

  private SourceText(CharSequence original, String text, int[] shiftAt, int[] shift, int shifts,
      int[] toOriginal, int[] lineStarts, int lineCount, int[] pairs, int pairCount, boolean changed,
      int[] cuts) {
    this.original = original;
    this.text = text;
    this.shiftAt = shiftAt;
    this.shift = shift;
    this.shifts = shifts;
    this.toOriginal = toOriginal;
    this.cuts = cuts;
    this.lineStarts = lineStarts;
    this.lineCount = lineCount;
    this.pairs = pairs;
    this.pairCount = pairCount;
    this.changed = changed;
  }

  /** Normalises {@code input}; never throws (a null input is read as empty). */
  public static SourceText of(CharSequence input) {
    return of(input, Integer.MAX_VALUE);
  }

  /**
   * Normalises {@code input}, keeping at most {@code maxLineChars} chars of each normalised line: the
   * rest of a longer line is skipped while reading (see {@link #cutOffsets()}). Never throws.
   */
  public static SourceText of(CharSequence input, int maxLineChars) {
    CharSequence in = input == null ? "" : input;
    int lineStart = 0; // normalised offset where the current normalised line starts
    int[] cuts = NONE;
    int cutCount = 0;
    int n = in.length();
    // normalised in place: the output never gets ahead of the input (len <= i)
    char[] out = new char[n + 1];
    if (in instanceof String) {
      ((String) in).getChars(0, n, out, 0);
    } else {
      for (int i = 0; i < n; i++) {
        out[i] = in.charAt(i);
      }
    }
    int len = 0;
    int[] shiftAt = NONE;
    int[] shift = NONE;
    int shifts = 0;
    int dropped = 0;
    int[] starts = new int[Math.max(16, n / 40)];
    int lines = 1;
    int[] pairs = NONE;
    int pairCount = 0;
    boolean changed = false;
    for (int i = 0; i < n; i++) {
      char c = out[i];
      char m;
      if (c < 0x80 && c != '\r' && c != '\n' && c != '\f') {
        m = c; // the common case: nothing to map, no line end
      } else if (c == '\n') {
        m = c;
        if (lines == starts.length) {
          starts = Arrays.copyOf(starts, starts.length * 2);
        }
        starts[lines++] = i + 1;
      } else if (c == '\r') {
        changed = true;
        if (i + 1 < n && out[i + 1] == '\n') {
          m = 0; // dropped: the '\n' that follows stands for both
        } else {
          m = '\n';
          if (lines == starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
          }
          starts[lines++] = i + 1;
        }
      } else {
        m = normalizeChar(c);
        if (m != c) {
          changed = true;
        }
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(out[i + 1])) {
          if (pairCount == pairs.length) {
            pairs = Arrays.copyOf(pairs, Math.max(8, pairCount * 2));
          }
          pairs[pairCount++] = i;
        }
      }
      if (m != 0 && m != '\n' && len - lineStart >= maxLineChars) {
        if (cutCount == 0 || cuts[cutCount - 1] != len) {
          if (cutCount == cuts.length) {
            cuts = Arrays.copyOf(cuts, Math.max(4, cutCount * 2));
          }
          cuts[cutCount++] = len;
        }
        m = 0; // past the line limit: skipped up to the line end
      }
      if (m == 0) {
        dropped++;
        if (shifts > 0 && shiftAt[shifts - 1] == len) {
          shift[shifts - 1] = dropped; // several drops in a row
        } else {
          if (shifts == shiftAt.length) {
            shiftAt = Arrays.copyOf(shiftAt, Math.max(8, shifts * 2));
            shift = Arrays.copyOf(shift, shiftAt.length);
          }
          shiftAt[shifts] = len;
          shift[shifts++] = dropped;
        }
        changed = true;
        continue;
      }
      out[len++] = m;
      if (m == '\n') {
        lineStart = len;
      }
    }
    if (len == 0 || out[len - 1] != '\n') {
      out[len++] = '\n'; // stands at original offset n: len - 1 + dropped == n, no entry needed
      changed = true;
    }
    String text = new String(out, 0, len);
    return new SourceText(in, text, shiftAt, shift, shifts, null, starts, lines, pairs, pairCount,
        changed, Arrays.copyOf(cuts, cutCount));
  }

  /**
   * Normalises {@code converted}, a text derived from {@code original} (e.g. the text of an HTML
   * page), whose char {@code i} came from {@code original} offset {@code convertedToOriginal[i]}
   * ({@code convertedToOriginal} has {@code converted.length() + 1} entries, the last one for the end).
   * Positions then refer to {@code original}.
   */
  public static SourceText derived(CharSequence converted, int[] convertedToOriginal, CharSequence original) {
    SourceText inner = of(converted);
    int n = inner.text.length();
    int[] map = new int[n + 1];
    for (int i = 0; i <= n; i++) {
      int c = inner.originalOffset(i);
      map[i] = convertedToOriginal[Math.min(c, convertedToOriginal.length - 1)];
    }
    int[] starts = new int[Math.max(16, original.length() / 40)];
    int lines = 1;
    int[] pairs = NONE;
    int pairCount = 0;
    for (int i = 0; i < original.length(); i++) {
      char ch = original.charAt(i);
      if (ch == '\n' || (ch == '\r' && (i + 1 >= original.length() || original.charAt(i + 1) != '\n'))) {
        if (lines == starts.length) {
          starts = Arrays.copyOf(starts, starts.length * 2);
        }
        starts[lines++] = i + 1;
      } else if (Character.isHighSurrogate(ch) && i + 1 < original.length()
          && Character.isLowSurrogate(original.charAt(i + 1))) {
        if (pairCount == pairs.length) {
          pairs = Arrays.copyOf(pairs, Math.max(8, pairCount * 2));
        }
        pairs[pairCount++] = i;
      }
    }
    return new SourceText(original, inner.text, NONE, NONE, 0, map, starts, lines, pairs, pairCount,
        true, NONE);
  }

  /**
   * The normalised form of one char, or 0 to drop it. Package-visible for tests.
   *
   * <p>Full-width comma, colon and enumeration comma are kept: prose and labels print them and the
   * label matcher folds them itself.
   */
  static char normalizeChar(char c) {
    if (c < 0x80) {
      return c == '\f' ? '\n' : c;
    }
    if (c > '\u3000' && c < '\uFEFF') {
      return c; // CJK, kana, hangul, compatibility forms: nothing to map (most chars of a report)
    }
    if (c >= '\uFF10' && c <= '\uFF19') {
      return (char) (c - '\uFF10' + '0');
    }
    if ((c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A')) {
      return (char) (c - '\uFF21' + 'A');
    }
    switch (c) {
      case '\uFEFF': case '\u200B': case '\u200C': case '\u200D': case '\u2060': case '\u00AD':
        return 0;
      case '\u00A0': case '\u3000': case '\u2002': case '\u2003': case '\u2009': case '\u202F':
        return ' ';
      case '\u2028': case '\u2029': case '\u0085':
        return '\n';
      case '\uFF08': return '(';
      case '\uFF09': return ')';
      case '\uFF0E': return '.';
      case '\uFF05': return '%';
      case '\uFF0D': return '-';
      case '\uFF0B': return '+';
      case '\uFF0F': return '/';
      case '\uFF5C': return '|';
      case '\uFF03': return '#';
      case '\uFF0A': return '*';
      default: return c;
    }
  }

  /** The normalised text the grammar reads; ends with '\n'. */
  public String text() {
    return text;
  }

  /** The input as given. */
  public CharSequence original() {
    return original;
  }

  /** True if normalisation changed anything (positions then go through the offset map). */
  public boolean changed() {
    return changed;
  }

  /** Normalised offsets at which over-long lines were cut (each the end of a kept line), in order. */
  public int[] cutOffsets() {
    return cuts.clone();
  }

  /** Number of lines of the original input. */
  public int originalLineCount() {
    return lineCount;
  }

  /** The original char offset of normalised offset {@code index} (0 ≤ index ≤ text length). */
  public int originalOffset(int index) {
    if (toOriginal != null) {
      return toOriginal[Math.max(0, Math.min(index, text.length()))];
    }
    if (index >= text.length()) {
      return original.length();
    }
    int i = Math.max(0, index);
    if (shifts == 0 || i < shiftAt[0]) {
      return Math.min(i, original.length());
    }
    int lo = 0;
    int hi = shifts - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (shiftAt[mid] <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return Math.min(i + shift[lo], original.length());
  }

  /** The span in the original input of normalised range [start, end). */
  public SourceSpan span(int start, int end) {
    int os = originalOffset(start);
    int oe = end <= start ? os : originalOffset(end - 1) + 1;
    if (end > start && oe <= os) {
      oe = os + 1;
    }
    oe = Math.min(Math.max(oe, os), original.length());
    int l1 = lineOf(os);
    int l2 = lineOf(oe);
    return SourceSpan.of(l1 + 1, columnOf(l1, os), l2 + 1, columnOf(l2, oe), os, oe);
  }

  /**
   * The span of the ORIGINAL input's chars [offset, endOffset) (offsets into {@link #original()},
   * clamped to it), for code that searches the original text itself.
   */
  public SourceSpan originalSpan(int offset, int endOffset) {
    int os = Math.max(0, Math.min(offset, original.length()));
    int oe = Math.max(os, Math.min(endOffset, original.length()));
    int l1 = lineOf(os);
    int l2 = lineOf(oe);
    return SourceSpan.of(l1 + 1, columnOf(l1, os), l2 + 1, columnOf(l2, oe), os, oe);
  }

  /** A point span at normalised offset {@code index}. */
  public SourceSpan point(int index) {
    int os = originalOffset(index);
    int l = lineOf(os);
    return SourceSpan.point(l + 1, columnOf(l, os), os);
  }

  /**
   * 0-based original line containing original offset {@code offset}. Spans are mostly asked for in
   * reading order, so the line of the last answer and the one after it are tried before the search.
   */
  private int lineOf(int offset) {
    int h = lastLine;
    if (lineStarts[h] <= offset) {
      if (h + 1 == lineCount || offset < lineStarts[h + 1]) {
        return h;
      }
      if (h + 2 == lineCount || offset < lineStarts[h + 2]) {
        lastLine = h + 1;
        return h + 1;
      }
    }
    int line = searchLine(offset);
    lastLine = line;
    return line;
  }

  private int searchLine(int offset) {
    int lo = 0;
    int hi = lineCount - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** 1-based code-point column of original offset {@code offset} on 0-based line {@code line}. */
  private int columnOf(int line, int offset) {
    int start = lineStarts[line];
    int end = Math.min(offset, original.length());
    if (end <= start) {
      return 1;
    }
    // a surrogate pair counts one column once both its halves are before the offset
    int fullPairs = pairCount == 0 ? 0 : countPairs(start, end - 2);
    return 1 + (end - start) - fullPairs;
  }

  /** Number of pairs whose high half stands in [from, to]. */
  private int countPairs(int from, int to) {
    if (to < from) {
      return 0;
    }
    return firstPairAtOrAfter(to + 1) - firstPairAtOrAfter(from);
  }

  private int firstPairAtOrAfter(int offset) {
    int lo = 0;
    int hi = pairCount;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (pairs[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
