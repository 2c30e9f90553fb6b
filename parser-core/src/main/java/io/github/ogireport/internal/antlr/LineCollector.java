package io.github.ogireport.internal.antlr;

import io.github.ogireport.grammar.OgiLexer;
import io.github.ogireport.grammar.OgiParser;
import io.github.ogireport.grammar.OgiParserBaseVisitor;
import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawDocument;
import io.github.ogireport.internal.layout.RawLine;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Visits the parse tree and turns each line into a {@link RawLine} of {@link RawCell}s (cell
 * boundaries at separators, Markdown decoration dropped, text trimmed), grouped as the grammar
 * grouped them into title block and section candidates.
 */
final class LineCollector extends OgiParserBaseVisitor<RawLine> {

  private final String text;
  private final int maxDigits;

  LineCollector(String text) {
    this(text, io.github.ogireport.internal.layout.CellValue.MAX_DIGITS);
  }

  /** Collects lines whose cells read numbers of at most {@code maxDigits} digits. */
  LineCollector(String text, int maxDigits) {
    this.text = text;
    this.maxDigits = maxDigits;
  }

  RawDocument collect(OgiParser.ReportContext report, int tokens, boolean truncated) {
    List<RawLine> title = lines(report.titleBlock().line());
    List<RawDocument.RawSection> sections = new ArrayList<>();
    for (OgiParser.SectionContext s : report.section()) {
      RawLine heading = visitSectionHeading(s.sectionHeading());
      sections.add(new RawDocument.RawSection(heading, lines(s.line())));
    }
    return new RawDocument(title, sections, tokens, truncated);
  }

  private List<RawLine> lines(List<OgiParser.LineContext> lines) {
    List<RawLine> out = new ArrayList<>(lines.size());
    for (OgiParser.LineContext l : lines) {
      RawLine line = visitLine(l);
      if (line != null) {
        out.add(line);
      }
    }
    return out;
  }

  @Override
  public RawLine visitLine(OgiParser.LineContext ctx) {
    if (ctx.row() != null) {
      return visitRow(ctx.row());
    }
    if (ctx.start == null || ctx.start.getType() == Token.EOF) {
      return null;
    }
    int at = ctx.start.getStartIndex();
    return new RawLine(RawLine.Kind.BLANK, at, at, 0, List.of());
  }

  @Override
  public RawLine visitSectionHeading(OgiParser.SectionHeadingContext ctx) {
    return build(ctx, RawLine.Kind.HEADING);
  }

  @Override
  public RawLine visitRow(OgiParser.RowContext ctx) {
    return build(ctx, RawLine.Kind.ROW);
  }

  private RawLine build(ParserRuleContext ctx, RawLine.Kind kind) {
    int lineStart = ctx.start.getStartIndex();
    int lineEnd = lineStart;
    int number = 0;
    List<RawCell> cells = new ArrayList<>(4);
    int cellStart = -1;
    int cellEnd = -1;
    boolean afterSeparator = false;
    int n = ctx.getChildCount();
    for (int i = 0; i < n; i++) {
      ParseTree child = ctx.getChild(i);
      if (child instanceof TerminalNode) {
        Token t = ((TerminalNode) child).getSymbol();
        switch (t.getType()) {
          case OgiLexer.SECTION_NUMBER:
            number = numeral(t.getText());
            cellStart = t.getStartIndex();
            cellEnd = t.getStopIndex() + 1;
            break;
          case OgiLexer.NL:
            lineEnd = t.getStartIndex();
            if (cellStart >= 0) {
              cells.add(cell(cellStart, cellEnd));
            } else if (afterSeparator) {
              cells.add(new RawCell("", lineEnd, lineEnd));
            }
            break;
          default:
            break;
        }
      } else if (child instanceof OgiParser.CellContext) {
        OgiParser.CellContext c = (OgiParser.CellContext) child;
        if (cellStart < 0) {
          cellStart = c.start.getStartIndex();
        }
        cellEnd = c.stop.getStopIndex() + 1;
      } else if (child instanceof OgiParser.SeparatorContext) {
        int at = ((OgiParser.SeparatorContext) child).start.getStartIndex();
        cells.add(cellStart >= 0 ? cell(cellStart, cellEnd) : new RawCell("", at, at));
        cellStart = -1;
        afterSeparator = true;
      }
    }
    if (lineEnd < lineStart) {
      lineEnd = lineStart;
    }
    return new RawLine(kind, lineStart, lineEnd, number, cells);
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
    return new RawCell(s == e ? "" : text.substring(s, e), s, e, maxDigits);
  }

  private static boolean isTrim(char c) {
    return c == ' ' || c == '*' || c == '\u3000';
  }

  /** Value of a Chinese numeral such as 三 or 十二 at the start of {@code s}. */
  static int numeral(String s) {
    int value = 0;
    int digit = 0;
    int from = 0;
    while (from < s.length() && s.charAt(from) == ' ') {
      from++; // indented heading
    }
    for (int i = from; i < s.length(); i++) {
      int d = "一二三四五六七八九".indexOf(s.charAt(i)) + 1;
      if (d > 0) {
        digit = d;
      } else if (s.charAt(i) == '十') {
        value += (digit == 0 ? 1 : digit) * 10;
        digit = 0;
      } else {
        break;
      }
    }
    return value + digit;
  }
}
