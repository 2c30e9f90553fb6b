package io.github.ogireport.internal.reconstruct;

import io.github.ogireport.internal.layout.CellValue;
import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A section body printed one cell per line, read as the sequence of its cells. This is what
 * {@code pdftotext} without {@code -layout} and pdfminer produce (every cell on its own line, blank
 * lines between, sometimes out of reading order: corpus 021, 024, 025), and what web pages copied
 * as "one cell per line ending in {@code |}" look like (050, 053: an empty cell is a line holding
 * only {@code |}). Page numbers ({@code -4-}, {@code - 3 -}) are left out.
 */
final class CellStream {

  /** One cell of the stream: a text (a label, a header word) or a value (number, "/", empty cell). */
  static final class Token {
    final RawCell cell;
    final boolean value;

    Token(RawCell cell, boolean value) {
      this.cell = cell;
      this.value = value;
    }

    boolean isNumber() {
      return value && cell.value().isNumber();
    }

    String text() {
      return cell.text();
    }

    @Override
    public String toString() {
      return (value ? "#" : "") + cell;
    }
  }

  /** Page numbers as printed inside tables: {@code -4-}, {@code - 3 -}, {@code —5—}, {@code 第 2 页}. */
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "^(?:[-—–~]\\s*\\d{1,3}\\s*[-—–~]|第\\s*\\d{1,3}\\s*页(?:\\s*[,，]?\\s*共\\s*\\d{1,3}\\s*页)?)$");

  private final List<Token> tokens;

  private CellStream(List<Token> tokens) {
    this.tokens = Collections.unmodifiableList(tokens);
  }

  List<Token> tokens() {
    return tokens;
  }

  /** Longest cell counted as short: a label, a header word, a number; longer lines are prose. */
  static final int SHORT_CELL = 40;

  /**
   * {@code lines} read as a cell stream, or empty if they are not one: some line holds two or more
   * numbers (a row of a table printed as a row: tabs, pipes, space-aligned columns), no value stands
   * on a line of its own, or fewer than 60% of the lines are one short cell (prose, or a table
   * flattened onto a long line, with a page number on a line of its own).
   */
  static Optional<CellStream> of(List<RawLine> lines, String text) {
    List<Token> tokens = new ArrayList<>();
    int loneValues = 0;
    int nonBlank = 0;
    int shortCells = 0;
    for (RawLine line : lines) {
      if (line.kind() == RawLine.Kind.BLANK || line.cells().isEmpty()
          || line.cells().size() == 1 && line.cells().get(0).isEmpty()) {
        continue;
      }
      List<RawCell> cells = cellsOf(line, text);
      int numbers = 0;
      for (RawCell c : cells) {
        if (c.value().isNumber()) {
          numbers++;
        }
      }
      if (numbers >= 2) {
        return Optional.empty();
      }
      if (numbers == 1 && cells.size() == 1) {
        loneValues++;
      }
      nonBlank++;
      if (cells.stream().filter(c -> !c.isEmpty()).count() <= 1
          && cells.stream().mapToInt(c -> c.text().length()).sum() <= SHORT_CELL) {
        shortCells++;
      }
      for (RawCell c : cells) {
        if (c.isEmpty() || !PAGE_NUMBER.matcher(c.text()).matches()) {
          tokens.add(new Token(c, isValue(c)));
        }
      }
    }
    if (loneValues == 0 || shortCells * 10 < nonBlank * 6) {
      return Optional.empty();
    }
    return Optional.of(new CellStream(tokens));
  }

  /**
   * The cells of one line: its cells without the empty one after a closing {@code |} (a line
   * "{@code 3 |}" is one cell, "{@code |}" one empty cell); a single cell is split at runs of spaces
   * as {@link SpaceSplitter} does, so a line of several numbers shows as such.
   */
  private static List<RawCell> cellsOf(RawLine line, String text) {
    List<RawCell> cells = line.cells();
    if (cells.size() == 1) {
      return SpaceSplitter.split(line, text).cells();
    }
    RawCell last = cells.get(cells.size() - 1);
    int i = last.start() - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (last.isEmpty() && i >= 0 && text.charAt(i) == '|') {
      return cells.subList(0, cells.size() - 1);
    }
    return cells;
  }

  private static boolean isValue(RawCell c) {
    CellValue.Kind k = c.value().kind();
    return k == CellValue.Kind.NUMBER || k == CellValue.Kind.NOT_APPLICABLE || k == CellValue.Kind.BLANK;
  }
}
