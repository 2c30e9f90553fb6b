package io.github.ogireport.internal.layout;

/**
 * One cell of a row as printed: its trimmed text (normalised) and its range [start, end) in the
 * normalised text. An empty cell has start == end at the place it stands.
 */
public final class RawCell {

  private final String text;
  private final int start;
  private final int end;
  private final int maxDigits;
  private CellValue value;

  public RawCell(String text, int start, int end) {
    this(text, start, end, CellValue.MAX_DIGITS);
  }

  /** A cell whose text is read as a number of at most {@code maxDigits} digits. */
  public RawCell(String text, int start, int end, int maxDigits) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.maxDigits = maxDigits;
  }

  public String text() {
    return text;
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }

  public boolean isEmpty() {
    return text.isEmpty();
  }

  /** The cell read as a value (number, blank, not-applicable or text); computed once. */
  public CellValue value() {
    if (value == null) {
      value = CellValue.read(text, maxDigits);
    }
    return value;
  }

  @Override
  public String toString() {
    return text.isEmpty() ? "∅" : text;
  }
}
