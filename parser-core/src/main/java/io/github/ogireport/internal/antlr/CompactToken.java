package io.github.ogireport.internal.antlr;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.Pair;

/**
 * A token of the streaming (SLL) pass: type, char range and line, 32 bytes where ANTLR's {@code
 * CommonToken} takes 48. Tokens are the lexer's one allocation per token and that pass keeps none
 * of them, so only what the parser and {@link LineListener} read is stored; the rest is derived on
 * demand: the text from the char stream, the column by scanning back to the line start. Every token
 * of this grammar is on the default channel, and the stream gives no token index (the parser does
 * not ask for one without a parse tree). The LL pass after a syntax error uses {@code CommonToken}s,
 * whose error messages read everything.
 */
final class CompactToken implements Token {

  /** Makes {@link CompactToken}s; tokens with an explicit text or channel stay {@code CommonToken}s. */
  static final TokenFactory<Token> FACTORY = new TokenFactory<>() {
    @Override
    public Token create(Pair<TokenSource, CharStream> source, int type, String text, int channel,
        int start, int stop, int line, int charPositionInLine) {
      if (text != null || channel != DEFAULT_CHANNEL) {
        return org.antlr.v4.runtime.CommonTokenFactory.DEFAULT.create(source, type, text, channel,
            start, stop, line, charPositionInLine);
      }
      return new CompactToken(source, type, start, stop, line);
    }

    @Override
    public Token create(int type, String text) {
      return org.antlr.v4.runtime.CommonTokenFactory.DEFAULT.create(type, text);
    }
  };

  private final Pair<TokenSource, CharStream> source;
  private final int type;
  private final int start;
  private final int stop;
  private final int line;

  private CompactToken(Pair<TokenSource, CharStream> source, int type, int start, int stop, int line) {
    this.source = source;
    this.type = type;
    this.start = start;
    this.stop = stop;
    this.line = line;
  }

  @Override
  public String getText() {
    if (type == EOF) {
      return "<EOF>";
    }
    CharStream input = getInputStream();
    return input == null ? null : input.getText(Interval.of(start, stop));
  }

  @Override
  public int getType() {
    return type;
  }

  @Override
  public int getLine() {
    return line;
  }

  /** The column as ANTLR counts it: chars since the last '\n' before the token (rarely asked: read then). */
  @Override
  public int getCharPositionInLine() {
    CharStream input = getInputStream();
    if (input == null) {
      return -1;
    }
    String before = input.getText(Interval.of(0, Math.min(start, input.size()) - 1));
    return before.length() - before.lastIndexOf('\n') - 1;
  }

  @Override
  public int getChannel() {
    return DEFAULT_CHANNEL;
  }

  @Override
  public int getTokenIndex() {
    return -1;
  }

  @Override
  public int getStartIndex() {
    return start;
  }

  @Override
  public int getStopIndex() {
    return stop;
  }

  @Override
  public TokenSource getTokenSource() {
    return source.a;
  }

  @Override
  public CharStream getInputStream() {
    return source.b;
  }

  @Override
  public String toString() {
    return "[@" + start + ":" + stop + "='" + getText() + "',<" + type + ">," + line + "]";
  }
}
