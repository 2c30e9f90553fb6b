package io.github.ogireport.internal.antlr;

import io.github.ogireport.grammar.OgiParser;
import io.github.ogireport.internal.layout.RawDocument;
import io.github.ogireport.internal.layout.RawLine;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Builds the {@link RawDocument} while the parser runs, from its rule and token events, so that no
 * parse tree is built: each line becomes a {@link RawLine} as soon as its rule exits, and the
 * parser's contexts and tokens die young. {@link StreamingParser} sends the events, for a parse
 * without syntax errors (the SLL pass, which bails at the first error); the LL pass after a syntax
 * error builds a tree for {@link LineCollector}. Both fill a {@link LineBuilder}, so they make the
 * same lines.
 *
 * <p>Not ANTLR's {@code ParseTreeListener}: with a listener attached, ANTLR makes a terminal node for
 * every token and adds it to its context, which is the allocation this class exists to avoid.
 */
final class LineListener {

  private final LineBuilder line;
  private final List<RawLine> titleBlock = new ArrayList<>();
  private final List<RawDocument.RawSection> sections = new ArrayList<>();
  private List<RawLine> target = titleBlock;
  private RawLine heading;
  private boolean inLine;
  private boolean lineBuilt;

  /** Builds lines of {@code text} whose cells read numbers of at most {@code maxDigits} digits. */
  LineListener(String text, int maxDigits) {
    this.line = new LineBuilder(text, maxDigits);
  }

  /** The document, once the parser has returned. */
  RawDocument document(int tokens, boolean truncated) {
    return new RawDocument(titleBlock, sections, tokens, truncated);
  }

  /** Rule {@code ctx} was entered; its start token is set. */
  void enterRule(ParserRuleContext ctx) {
    switch (ctx.getRuleIndex()) {
      case OgiParser.RULE_section:
        target = new ArrayList<>();
        heading = null;
        break;
      case OgiParser.RULE_sectionHeading:
      case OgiParser.RULE_row:
        line.start(ctx.start.getStartIndex());
        inLine = true;
        break;
      case OgiParser.RULE_line:
        lineBuilt = false;
        break;
      default:
        break;
    }
  }

  /** Rule {@code ctx} was left; its stop token is set. */
  void exitRule(ParserRuleContext ctx) {
    switch (ctx.getRuleIndex()) {
      case OgiParser.RULE_sectionHeading:
        heading = line.build(RawLine.Kind.HEADING);
        inLine = false;
        break;
      case OgiParser.RULE_row:
        target.add(line.build(RawLine.Kind.ROW));
        inLine = false;
        lineBuilt = true;
        break;
      case OgiParser.RULE_line:
        if (!lineBuilt && ctx.start != null && ctx.start.getType() != Token.EOF) {
          target.add(LineBuilder.blank(ctx.start.getStartIndex()));
        }
        break;
      case OgiParser.RULE_section:
        sections.add(new RawDocument.RawSection(heading, target));
        break;
      default:
        break;
    }
  }

  /** Token {@code t} was matched. */
  void token(Token t) {
    if (inLine) {
      line.token(t); // otherwise a blank line's NL (handled when its rule exits) or EOF
    }
  }
}
