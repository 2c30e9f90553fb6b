package io.github.ogireport.internal.antlr;

import io.github.ogireport.grammar.OgiParser;
import io.github.ogireport.internal.layout.RawDocument;
import io.github.ogireport.internal.layout.RawLine;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns a parse tree into a {@link RawDocument}: each line becomes a {@link RawLine} of cells,
 * grouped as the grammar grouped them into title block and section candidates. Used after a syntax
 * error, when the LL pass with ANTLR's recovery built a tree that may hold error nodes; a parse
 * without errors goes through {@link LineListener} instead, which makes the same lines without a tree.
 */
final class LineCollector {

  private final LineBuilder line;

  /** Collects lines of {@code text} whose cells read numbers of at most {@code maxDigits} digits. */
  LineCollector(String text, int maxDigits) {
    this.line = new LineBuilder(text, maxDigits);
  }

  RawDocument collect(OgiParser.ReportContext report, int tokens, boolean truncated) {
    List<RawLine> title = lines(report.titleBlock().line());
    List<RawDocument.RawSection> sections = new ArrayList<>();
    for (OgiParser.SectionContext s : report.section()) {
      RawLine heading = build(s.sectionHeading(), RawLine.Kind.HEADING);
      sections.add(new RawDocument.RawSection(heading, lines(s.line())));
    }
    return new RawDocument(title, sections, tokens, truncated);
  }

  private List<RawLine> lines(List<OgiParser.LineContext> lines) {
    List<RawLine> out = new ArrayList<>(lines.size());
    for (OgiParser.LineContext l : lines) {
      if (l.row() != null) {
        out.add(build(l.row(), RawLine.Kind.ROW));
      } else if (l.start != null && l.start.getType() != Token.EOF) {
        out.add(LineBuilder.blank(l.start.getStartIndex()));
      }
    }
    return out;
  }

  private RawLine build(ParserRuleContext ctx, RawLine.Kind kind) {
    line.start(ctx.start.getStartIndex());
    int n = ctx.getChildCount();
    for (int i = 0; i < n; i++) {
      ParseTree child = ctx.getChild(i);
      if (child instanceof TerminalNode) {
        // error nodes too: a token recovery skipped keeps its place in the line (nothing lost)
        line.token(((TerminalNode) child).getSymbol());
      }
    }
    return line.build(kind);
  }
}
