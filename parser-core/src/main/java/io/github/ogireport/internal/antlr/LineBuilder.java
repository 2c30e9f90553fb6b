package io.github.ogireport.internal.antlr;

import io.github.ogireport.grammar.OgiLexer;
import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.internal.translate.Labels;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Builds one {@link RawLine} from the tokens of a row or section heading, in order: cell boundaries
 * at separators, Markdown decoration dropped, cells trimmed. Fed by {@link LineListener} while
 * the parser runs and by {@link LineCollector} from a parse tree; one builder serves many lines.
 */
final class LineBuilder {

  private final String text;
  private final int maxDigits;
  private int lineStart;
  private int lineEnd;
  private int number;
  private List<RawCell> cells;
  private int cellStart;
  private int cellEnd;
  private boolean afterSeparator;
  private int lastSeparator;
  /** The line opened with a pipe (Markdown "| a | b |"): nothing stood before it. */
  private boolean openedBySeparator;
  /** The line closed with a pipe: nothing but spaces stood after the last one. */
  private boolean closedBySeparator;

  /** A builder over normalised text {@code text} whose cells read numbers of at most {@code maxDigits} digits. */
  LineBuilder(String text, int maxDigits) {
    this.text = text;
    this.maxDigits = maxDigits;
  }

  /** Starts a line at normalised offset {@code at} (its first token). */
  void start(int at) {
    lineStart = at;
    lineEnd = at;
    number = 0;
    cells = new ArrayList<>(4);
    cellStart = -1;
    cellEnd = -1;
    afterSeparator = false;
    openedBySeparator = false;
    closedBySeparator = false;
  }

  /**
   * Token {@code t} of the line, in order: a section number, cell text, a separator or the line end
   * (Markdown decoration is skipped). The one place that knows which token does what, for both the
   * streaming pass and the parse tree.
   */
  void token(Token t) {
    switch (t.getType()) {
      case OgiLexer.SECTION_NUMBER:
        sectionNumber(t.getStartIndex(), t.getStopIndex() + 1);
        break;
      case OgiLexer.TEXT:
        text(t.getStartIndex(), t.getStopIndex() + 1);
        break;
      case OgiLexer.TAB:
      case OgiLexer.PIPE:
        separator(t.getStartIndex());
        break;
      case OgiLexer.NL:
        newline(t.getStartIndex());
        break;
      default:
        break; // decoration (HASHES, BOLD)
    }
  }

  /** A section number such as 三、 over [start, end): the line's number and the start of its first cell. */
  void sectionNumber(int start, int end) {
    int from = start;
    while (from < end && text.charAt(from) == ' ') {
      from++; // an indented heading ("     二、" in pdftotext -layout output)
    }
    int to = from;
    while (to < end && Labels.isChineseNumeral(text.charAt(to))) {
      to++;
    }
    number = Labels.numeral(text, from, to);
    cellStart = start;
    cellEnd = end;
  }

  /** Cell text over [start, end). */
  void text(int start, int end) {
    if (cellStart < 0) {
      cellStart = start;
    }
    cellEnd = end;
  }

  /** A cell separator at {@code at}: ends the cell before it (an empty one if there was no text). */
  void separator(int at) {
    if (cells.isEmpty() && (cellStart < 0 || blank(cellStart, cellEnd)) && text.charAt(at) == '|') {
      openedBySeparator = true;
    }
    lastSeparator = at;
    cells.add(cellStart >= 0 ? cell(cellStart, cellEnd) : RawCell.empty(at));
    cellStart = -1;
    afterSeparator = true;
  }

  /** The line end at {@code at}: ends the last cell (an empty one after a trailing separator). */
  void newline(int at) {
    lineEnd = at;
    closedBySeparator = afterSeparator && (cellStart < 0 || blank(cellStart, cellEnd))
        && text.charAt(lastSeparator) == '|';
    if (cellStart >= 0) {
      cells.add(cell(cellStart, cellEnd));
    } else if (afterSeparator) {
      cells.add(RawCell.empty(lineEnd));
    }
  }

  /**
   * The line built since {@link #start}. A row opened and closed by a pipe ("| a | | b |", a
   * Markdown table row) loses the two empty cells outside its outer pipes: they are the frame, not
   * cells, and a blank first or last cell of the row must not be mistaken for them. Lines of pipes
   * alone ("|", "||": blank cells of a one-cell-per-line copy) keep every cell.
   */
  RawLine build(RawLine.Kind kind) {
    List<RawCell> out = cells;
    if (openedBySeparator && closedBySeparator && cells.size() >= 3 && !allEmpty(cells)) {
      out = cells.subList(1, cells.size() - 1);
    }
    return new RawLine(kind, lineStart, Math.max(lineEnd, lineStart), number, out);
  }

  private static boolean allEmpty(List<RawCell> cells) {
    for (RawCell c : cells) {
      if (!c.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private boolean blank(int start, int end) {
    for (int i = start; i < end && i < text.length(); i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  /** A blank line at {@code at}. */
  static RawLine blank(int at) {
    return new RawLine(RawLine.Kind.BLANK, at, at, 0, List.of());
  }

  /** A cell over [start, end), trimmed of spaces and of Markdown bold marks at its edges. */
  private RawCell cell(int start, int end) {
    int s = start;
    int e = Math.min(end, text.length());
    while (s < e && isTrim(text.charAt(s))) {
      s++;
    }
    while (e > s && isTrim(text.charAt(e - 1))) {
      e--;
    }
    return s == e ? RawCell.empty(s) : RawCell.of(text, s, e, maxDigits);
  }

  private static boolean isTrim(char c) {
    return c == ' ' || c == '*' || c == '\u3000';
  }
}
