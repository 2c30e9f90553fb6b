package io.github.ogireport.testing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Noise that text extraction adds to a report, applied to a rendered report to test that the parser
 * reads through it: page breaks inside tables, CRLF or CR line ends, a byte-order mark, full-width
 * parentheses and digits, trailing spaces. A value: which kinds, and a seed that places the page
 * breaks. {@link #toString()} names them, so a failing property shows what was applied.
 */
public final class TextNoise {

  /** One kind of noise. */
  public enum Kind {
    /** A page-number line ({@code - 4 -}) between two rows of a table. */
    PAGE_NUMBER_LINES,
    /** A form feed at the start of a table row (a page break as {@code pdftotext} marks it). */
    FORM_FEEDS,
    /** Lines end with CRLF. */
    CRLF,
    /** Lines end with a lone CR (old Mac files). */
    CR,
    /** A byte-order mark before the text. */
    BOM,
    /** ASCII parentheses become full-width and full-width ones ASCII: （一） ↔ (一). */
    PARENTHESES_SWAPPED,
    /** ASCII digits become full-width digits (０–９). */
    FULL_WIDTH_DIGITS,
    /** Spaces (and an ideographic space) after the end of every line. */
    TRAILING_SPACES
  }

  /** The kinds the parser reads today without a diagnostic: all of them. */
  public static final Set<Kind> READ_TODAY = EnumSet.of(Kind.PAGE_NUMBER_LINES, Kind.FORM_FEEDS, Kind.CRLF, Kind.CR, Kind.BOM,
      Kind.PARENTHESES_SWAPPED, Kind.FULL_WIDTH_DIGITS, Kind.TRAILING_SPACES);

  private final EnumSet<Kind> kinds;
  private final int seed;

  private TextNoise(Set<Kind> kinds, int seed) {
    this.kinds = kinds.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(kinds);
    this.seed = seed;
  }

  /** Noise of {@code kinds}; {@code seed} decides where page breaks go. */
  public static TextNoise of(Set<Kind> kinds, int seed) {
    return new TextNoise(kinds, seed);
  }

  /** No noise. */
  public static TextNoise none() {
    return new TextNoise(EnumSet.noneOf(Kind.class), 0);
  }

  /** Any combination of {@code allowed} (CR and CRLF never together), each kind half the time. */
  public static Gen<TextNoise> any(Set<Kind> allowed) {
    List<Kind> list = new ArrayList<>(allowed);
    return in -> {
      Set<Kind> chosen = EnumSet.noneOf(Kind.class);
      for (Kind k : list) {
        if (Generate.booleans().generate(in)) {
          chosen.add(k);
        }
      }
      if (chosen.contains(Kind.CR) && chosen.contains(Kind.CRLF)) {
        chosen.remove(Kind.CR);
      }
      return new TextNoise(chosen, Generate.range(0, 1_000_000).generate(in));
    };
  }

  /** The kinds applied. */
  public Set<Kind> kinds() {
    return EnumSet.copyOf(kinds);
  }

  /** Applies the noise to {@code text} (whose lines end with '\n'). */
  public String apply(String text) {
    String t = text;
    if (kinds.contains(Kind.PAGE_NUMBER_LINES) || kinds.contains(Kind.FORM_FEEDS)) {
      t = pageBreaks(t);
    }
    if (kinds.contains(Kind.PARENTHESES_SWAPPED)) {
      StringBuilder sb = new StringBuilder(t.length());
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        switch (c) {
          case '(': sb.append('（'); break;
          case ')': sb.append('）'); break;
          case '（': sb.append('('); break;
          case '）': sb.append(')'); break;
          default: sb.append(c);
        }
      }
      t = sb.toString();
    }
    if (kinds.contains(Kind.FULL_WIDTH_DIGITS)) {
      StringBuilder sb = new StringBuilder(t.length());
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
      }
      t = sb.toString();
    }
    if (kinds.contains(Kind.TRAILING_SPACES)) {
      t = t.replace("\n", seed % 2 == 0 ? "  \n" : " \u3000\n");
    }
    if (kinds.contains(Kind.CRLF)) {
      t = t.replace("\n", "\r\n");
    } else if (kinds.contains(Kind.CR)) {
      t = t.replace('\n', '\r');
    }
    if (kinds.contains(Kind.BOM)) {
      t = "\uFEFF" + t;
    }
    return t;
  }

  /** Inserts a page break between every few table rows (lines with a tab, starting with '|', or a number after two spaces). */
  private String pageBreaks(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder sb = new StringBuilder(text.length() + 64);
    int every = 3 + seed % 9;
    int rows = 0;
    int page = 2 + seed % 5;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      boolean row = isRow(line);
      boolean previousRow = i > 0 && isRow(lines[i - 1]);
      String prefix = "";
      if (row && previousRow && ++rows % every == 0) {
        boolean numberLine = kinds.contains(Kind.PAGE_NUMBER_LINES)
            && (!kinds.contains(Kind.FORM_FEEDS) || (rows / every) % 2 == 0);
        if (numberLine) {
          sb.append("- ").append(page++).append(" -\n");
        } else {
          prefix = "\f";
          page++;
        }
      }
      sb.append(prefix).append(line);
      if (i < lines.length - 1) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  private static boolean isRow(String line) {
    return line.indexOf('\t') >= 0 || line.startsWith("|") || ALIGNED_ROW.matcher(line).find();
  }

  /** A row of space-aligned text: a number after a run of two or more spaces. */
  private static final java.util.regex.Pattern ALIGNED_ROW = java.util.regex.Pattern.compile("\\S {2,}-?[0-9]");

  @Override
  public String toString() {
    return "TextNoise" + kinds + (kinds.contains(Kind.PAGE_NUMBER_LINES) || kinds.contains(Kind.FORM_FEEDS)
        ? "@" + seed : "");
  }

  /**
   * {@code text} with one of {@code chars} inserted before a fraction {@code rate} of its chars,
   * chosen by a {@link java.util.Random} seeded with {@code seed}: the same text every run.
   */
  public static String sprinkle(String text, String chars, double rate, long seed) {
    java.util.Random random = new java.util.Random(seed);
    StringBuilder sb = new StringBuilder(text.length() * 2);
    for (int i = 0; i < text.length(); i++) {
      if (random.nextDouble() < rate) {
        sb.append(chars.charAt(random.nextInt(chars.length())));
      }
      sb.append(text.charAt(i));
    }
    return sb.toString();
  }
}
