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

  private final CharSequence original;
  private final String text;
  /** normalised index → original index; null when the two are identical. Length text.length()+1. */
  private final int[] toOriginal;
  /** Original char offsets at which each original line starts. */
  private final int[] lineStarts;
  private final int lineCount;
  private final boolean changed;

  private SourceText(CharSequence original, String text, int[] toOriginal, int[] lineStarts,
      int lineCount, boolean changed) {
    this.original = original;
    this.text = text;
    this.toOriginal = toOriginal;
    this.lineStarts = lineStarts;
    this.lineCount = lineCount;
    this.changed = changed;
  }

  /** Normalises {@code input}; never throws (a null input is read as empty). */
  public static SourceText of(CharSequence input) {
    CharSequence in = input == null ? "" : input;
    int n = in.length();
    StringBuilder out = new StringBuilder(n + 1);
    int[] map = new int[n + 2];
    int[] starts = new int[Math.max(16, n / 40)];
    int lines = 1;
    starts[0] = 0;
    boolean changed = false;
    for (int i = 0; i < n; i++) {
      char c = in.charAt(i);
      // original line index
      if (c == '\n' || (c == '\r' && (i + 1 >= n || in.charAt(i + 1) != '\n'))) {
        if (lines == starts.length) {
          starts = Arrays.copyOf(starts, starts.length * 2);
        }
        starts[lines++] = i + 1;
      }
      if (c == '\r') {
        changed = true;
        if (i + 1 < n && in.charAt(i + 1) == '\n') {
          continue; // the '\n' that follows stands for both
        }
        map[out.length()] = i;
        out.append('\n');
        continue;
      }
      char m = normalizeChar(c);
      if (m == 0) {
        changed = true;
        continue; // dropped
      }
      if (m != c) {
        changed = true;
      }
      map[out.length()] = i;
      out.append(m);
    }
    if (out.length() == 0 || out.charAt(out.length() - 1) != '\n') {
      map[out.length()] = n;
      out.append('\n');
      changed = true;
    }
    map[out.length()] = n;
    String text = out.toString();
    int[] toOriginal = changed ? map : null;
    return new SourceText(in, text, toOriginal, starts, lines, changed);
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
    for (int i = 0; i < original.length(); i++) {
      char ch = original.charAt(i);
      if (ch == '\n' || (ch == '\r' && (i + 1 >= original.length() || original.charAt(i + 1) != '\n'))) {
        if (lines == starts.length) {
          starts = Arrays.copyOf(starts, starts.length * 2);
        }
        starts[lines++] = i + 1;
      }
    }
    return new SourceText(original, inner.text, map, starts, lines, true);
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

  /** Number of lines of the original input. */
  public int originalLineCount() {
    return lineCount;
  }

  /** The original char offset of normalised offset {@code index} (0 ≤ index ≤ text length). */
  public int originalOffset(int index) {
    if (toOriginal == null) {
      return Math.min(index, original.length());
    }
    return toOriginal[Math.max(0, Math.min(index, text.length()))];
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

  /** 0-based original line containing original offset {@code offset}. */
  private int lineOf(int offset) {
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
    int col = 1;
    for (int i = start; i < offset && i < original.length(); i++) {
      char c = original.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < offset && Character.isLowSurrogate(original.charAt(i + 1))) {
        i++;
      }
      col++;
    }
    return col;
  }
}
