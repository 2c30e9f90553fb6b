package io.github.ogireport.internal.antlr;

import io.github.ogireport.grammar.OgiParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * The generated parser, sending its rule entries, rule exits and matched tokens to a {@link
 * LineListener} while it runs, without building a parse tree.
 */
final class StreamingParser extends OgiParser {

  private final LineListener listener;

  StreamingParser(TokenStream input, LineListener listener) {
    super(input);
    this.listener = listener;
    setBuildParseTree(false);
  }

  @Override
  public void enterRule(ParserRuleContext localctx, int state, int ruleIndex) {
    super.enterRule(localctx, state, ruleIndex);
    listener.enterRule(localctx);
  }

  @Override
  public void exitRule() {
    ParserRuleContext ctx = _ctx;
    super.exitRule();
    listener.exitRule(ctx);
  }

  @Override
  public Token consume() {
    Token t = super.consume();
    listener.token(t);
    return t;
  }
}
