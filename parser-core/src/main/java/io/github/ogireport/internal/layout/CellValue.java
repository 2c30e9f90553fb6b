package io.github.ogireport.internal.layout;

import java.math.BigDecimal;

/**
 * What a cell holds once read: a number (integer or decimal, maybe negative, maybe with a unit such
 * as 元 or 万元), a blank, a not-applicable mark ({@code /}, {@code —}), or text.
 */
public final class CellValue {

  /** What kind of content a cell has. */
  public enum Kind { NUMBER, BLANK, NOT_APPLICABLE, TEXT }

  private static final CellValue BLANK = new CellValue(Kind.BLANK, null, null, false);
  private static final CellValue NA = new CellValue(Kind.NOT_APPLICABLE, null, null, false);
  private static final CellValue TEXT = new CellValue(Kind.TEXT, null, null, false);
  private static final CellValue TOO_LONG = new CellValue(Kind.TEXT, null, null, false);
  /** The one-digit numbers, the commonest cells of all (immutable, so shared). */
  private static final CellValue[] DIGITS = new CellValue[10];

  static {
    for (int d = 0; d < 10; d++) {
      DIGITS[d] = new CellValue(Kind.NUMBER, BigDecimal.valueOf(d), null, true);
    }
  }

  private final Kind kind;
  private final BigDecimal number;
  private final String unit;
  private final boolean integer;

  private CellValue(Kind kind, BigDecimal number, String unit, boolean integer) {
    this.kind = kind;
    this.number = number;
    this.unit = unit;
    this.integer = integer;
  }

  public Kind kind() {
    return kind;
  }

  public boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  /** The number; null unless {@link #isNumber()}. */
  public BigDecimal number() {
    return number;
  }

  /** True if the number was printed without a fraction. */
  public boolean isInteger() {
    return integer;
  }

  /** True for an integer without unit that fits a {@code long}: a valid count cell. */
  public boolean isCount() {
    return kind == Kind.NUMBER && integer && unit().isEmpty() && fitsLong();
  }

  /**
   * True for a cell printed as a number whose digits exceed the limit: it is read as text and no
   * number is built from it (a hostile input's million-digit number).
   */
  public boolean isTooLong() {
    return this == TOO_LONG;
  }

  /** True if the integer part fits a {@code long}. */
  public boolean fitsLong() {
    return number != null && number.toBigInteger().bitLength() < 63;
  }

  /** The unit printed after the number ({@code 元}, {@code 万元}, {@code 件}), or "" if none. */
  public String unit() {
    return unit == null ? "" : unit;
  }

  /**
   * Default maximum number of digits read as a number (the parser option {@code maxNumberDigits});
   * longer digit runs are text (limits a hostile input).
   */
  public static final int MAX_DIGITS = 30;

  /** What {@link #read} returns for a text that does not start with a number. */
  static CellValue text() {
    return TEXT;
  }

  /** Reads a trimmed cell text with the default digit limit. Never throws. */
  public static CellValue read(String text) {
    return read(text, MAX_DIGITS);
  }

  /**
   * Reads a trimmed cell text; a number of more than {@code maxDigits} digits is read as text and
   * {@link #isTooLong()}. Linear in the text's length. Never throws.
   */
  public static CellValue read(String text, int maxDigits) {
    int n = text.length();
    if (n == 0) {
      return BLANK;
    }
    if (n == 1) {
      char c = text.charAt(0);
      if (c >= '0' && c <= '9') {
        return DIGITS[c - '0'];
      }
      if (c == '/' || c == '—' || c == '-' || c == '–' || c == '╱' || c == '\\') {
        return NA;
      }
      if (c == ' ') {
        return BLANK;
      }
    }
    String t = text.strip();
    if (t.isEmpty()) {
      return BLANK;
    }
    if (t.equals("/") || t.equals("—") || t.equals("-") || t.equals("——") || t.equals("--")
        || t.equals("／") || t.equals("无")) {
      return NA;
    }
    int i = 0;
    boolean negative = false;
    if (t.charAt(0) == '-' || t.charAt(0) == '−' || t.charAt(0) == '+') {
      negative = t.charAt(0) != '+';
      i = 1;
    }
    if (i >= t.length() || t.charAt(i) < '0' || t.charAt(i) > '9') {
      return TEXT; // no digit where the number would start
    }
    int digits = 0;
    boolean dot = false;
    StringBuilder num = new StringBuilder(Math.min(t.length(), 64));
    if (negative) {
      num.append('-');
    }
    int j = i;
    for (; j < t.length(); j++) {
      char c = t.charAt(j);
      if (c >= '0' && c <= '9') {
        digits++;
        if (digits <= maxDigits) {
          num.append(c); // past the limit the number is never built
        }
      } else if (c == '.' && !dot && digits > 0) {
        dot = true;
        num.append(c);
      } else if (c == ',' && digits > 0 && !dot) {
        continue; // thousands separator
      } else {
        break;
      }
    }
    if (digits == 0) {
      return TEXT;
    }
    String rest = t.substring(j).strip();
    if (!rest.isEmpty() && !isUnit(rest)) {
      return TEXT;
    }
    if (digits > maxDigits) {
      return TOO_LONG;
    }
    if (num.charAt(num.length() - 1) == '.') {
      return TEXT;
    }
    return new CellValue(Kind.NUMBER, new BigDecimal(num.toString()), rest, !dot);
  }

  /**
   * What {@link #read} gives the text over [start, end) of {@code source} when that text is a plain run
   * of ASCII digits, at most 18 (so it fits a long) and at most {@code maxDigits}; null for any other
   * text. Reads the digits in place, without copying them out of the source.
   */
  static CellValue readDigits(String source, int start, int end, int maxDigits) {
    int n = end - start;
    if (n <= 0 || n > 18 || n > maxDigits) {
      return null;
    }
    long v = 0;
    for (int i = start; i < end; i++) {
      char c = source.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      v = v * 10 + (c - '0');
    }
    return n == 1 ? DIGITS[(int) v] : new CellValue(Kind.NUMBER, BigDecimal.valueOf(v), "", true);
  }

  /** Length of the longest unit {@link #isUnit} accepts (万元). */
  static final int LONGEST_UNIT = 2;

  private static boolean isUnit(String s) {
    switch (s) {
      case "元": case "万元": case "件": case "个": case "项": case "次": case "人": case "%":
        return true;
      default:
        return false;
    }
  }

  @Override
  public String toString() {
    return kind == Kind.NUMBER ? number.toPlainString() + unit() : kind.name();
  }
}
