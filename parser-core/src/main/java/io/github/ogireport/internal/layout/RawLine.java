package io.github.ogireport.internal.layout;

import java.util.List;

/**
 * One line of the normalised text as the grammar parsed it: a blank line, a section heading
 * candidate, or a row of cells (a paragraph is a row of one cell).
 */
public final class RawLine {

  /** What the grammar made of the line. */
  public enum Kind { BLANK, HEADING, ROW }

  private final Kind kind;
  private final int start;
  private final int end;
  private final int sectionNumber;
  private final List<RawCell> cells;

  /**
   * @param start normalised offset of the line's first char
   * @param end normalised offset of its '\n'
   * @param sectionNumber 1.. for a line that starts with a Chinese numeral and 、 (一、 → 1), else 0
   */
  public RawLine(Kind kind, int start, int end, int sectionNumber, List<RawCell> cells) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.sectionNumber = sectionNumber;
    this.cells = cells;
  }

  public Kind kind() {
    return kind;
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }

  /** Chinese numeral at the start of the line (一、 → 1), 0 if none. */
  public int sectionNumber() {
    return sectionNumber;
  }

  /** The cells, in order; a heading has one cell (its whole text, numeral included). */
  public List<RawCell> cells() {
    return cells;
  }

  public boolean isBlank() {
    if (kind == Kind.BLANK) {
      return true;
    }
    for (RawCell c : cells) {
      if (!c.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** The non-empty cells' text joined by a space. */
  public String joinedText() {
    StringBuilder sb = new StringBuilder();
    for (RawCell c : cells) {
      if (!c.isEmpty()) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(c.text());
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return kind + cells.toString();
  }
}
