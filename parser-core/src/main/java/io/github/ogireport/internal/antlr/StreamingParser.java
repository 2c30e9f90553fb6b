package io.github.ogireport.internal.antlr;

import io.github.ogireport.grammar.OgiParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * The generated parser, sending its rule entries, rule exits and matched tokens to a {@link
 * LineListener} while it runs, without building a parse tree. {@link #stopStreaming} turns it back
 * into the plain generated parser (for the LL pass, which builds a tree).
 */
final class StreamingParser extends OgiParser {

  private LineListener listener;

  StreamingParser(TokenStream input, LineListener listener) {
    super(input);
    this.listener = listener;
    setBuildParseTree(false);
  }

  /** Stops sending events. */
  void stopStreaming() {
    listener = null;
  }

  @Override
  public void enterRule(ParserRuleContext localctx, int state, int ruleIndex) {
    super.enterRule(localctx, state, ruleIndex);
    if (listener != null) {
      listener.enterRule(localctx);
    }
  }

  @Override
  public void exitRule() {
    ParserRuleContext ctx = _ctx;
    super.exitRule();
    if (listener != null) {
      listener.exitRule(ctx);
    }
  }

  @Override
  public Token consume() {
    Token t = super.consume();
    if (listener != null) {
      listener.token(t);
    }
    return t;
  }
}
