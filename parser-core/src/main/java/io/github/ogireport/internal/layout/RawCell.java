package io.github.ogireport.internal.layout;

/**
 * One cell of a row as printed: its trimmed text (normalised) and its range [start, end) in the
 * normalised text. An empty cell has start == end at the place it stands.
 *
 * <p>A cell made by {@link #of} reads its text from the normalised text only when asked: most cells
 * are prose that no translator reads, and copying them would double the memory a parse allocates;
 * a plain count is read as a number in place, without its text.
 */
public final class RawCell {

  private final String source;
  private final int start;
  private final int end;
  private final int maxDigits;
  private String text;
  private CellValue value;

  /** A cell whose text is {@code text}, found at [start, end). */
  public RawCell(String text, int start, int end) {
    this(text, start, end, CellValue.MAX_DIGITS);
  }

  /** A cell whose text is read as a number of at most {@code maxDigits} digits. */
  public RawCell(String text, int start, int end, int maxDigits) {
    this(null, text, start, end, maxDigits);
  }

  private RawCell(String source, String text, int start, int end, int maxDigits) {
    this.source = source;
    this.text = text;
    this.start = start;
    this.end = end;
    this.maxDigits = maxDigits;
  }

  /**
   * The cell over [start, end) of normalised text {@code source}, read as a number of at most
   * {@code maxDigits} digits: its text is that range, read on demand.
   */
  public static RawCell of(String source, int start, int end, int maxDigits) {
    return new RawCell(source, null, start, end, maxDigits);
  }

  /** An empty cell at {@code at}. */
  public static RawCell empty(int at) {
    return new RawCell("", at, at);
  }

  public String text() {
    if (text == null) {
      text = source.substring(start, end);
    }
    return text;
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }

  public boolean isEmpty() {
    return text == null ? start == end : text.isEmpty();
  }

  /** The cell read as a value (number, blank, not-applicable or text); computed once. */
  public CellValue value() {
    if (value == null) {
      CellValue digits = text == null ? CellValue.readDigits(source, start, end, maxDigits)
          : CellValue.readDigits(text, 0, text.length(), maxDigits);
      if (digits != null) {
        value = digits; // a plain count, read without a copy: most table cells
      } else {
        value = text == null && isPlainText() ? CellValue.text() : CellValue.read(text(), maxDigits);
      }
    }
    return value;
  }

  /**
   * True when the cell holds a number of more digits than its limit ({@link CellValue#isTooLong()}).
   * A cell of no more chars than the limit cannot, so it is not read for this question.
   */
  public boolean isTooLong() {
    int length = text == null ? end - start : text.length();
    return length > maxDigits && value().isTooLong();
  }

  /**
   * True when {@link CellValue#read} would read this cell (read on demand) as text: more than two chars
   * once stripped (so neither blank nor a not-applicable mark), and either the first, past a sign, is
   * no digit, or the number it starts with is followed by more than a unit's chars. Prose cells
   * ("2021年，区政府…") are then not copied out of the source to be read.
   */
  private boolean isPlainText() {
    int a = start;
    int b = end;
    while (a < b && Character.isWhitespace(source.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(source.charAt(b - 1))) {
      b--;
    }
    if (b - a <= 2) {
      return false;
    }
    int i = a;
    char c = source.charAt(i);
    if (c == '-' || c == '−' || c == '+') {
      c = source.charAt(++i);
    }
    if (c < '0' || c > '9') {
      return true;
    }
    // a number first ("2021年，区政府…"): text when what follows it, stripped, is longer than a unit
    boolean dot = false;
    int j = i;
    for (; j < b; j++) {
      char d = source.charAt(j);
      if (d >= '0' && d <= '9' || d == ',' && !dot) {
        continue;
      }
      if (d == '.' && !dot) {
        dot = true;
        continue;
      }
      break;
    }
    while (j < b && Character.isWhitespace(source.charAt(j))) {
      j++;
    }
    return b - j > CellValue.LONGEST_UNIT;
  }

  @Override
  public String toString() {
    return isEmpty() ? "∅" : text();
  }
}
