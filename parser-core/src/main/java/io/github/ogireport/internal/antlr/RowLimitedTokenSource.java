package io.github.ogireport.internal.antlr;

import io.github.ogireport.grammar.OgiLexer;
import java.util.ArrayDeque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

/**
 * Ends the token stream before the first table row past a limit (a hostile input's 100k-row table).
 * Reads one line of tokens ahead: a line with a tab or pipe separator is a table row; the line that
 * would exceed the limit is dropped whole and an end of input takes its place, so the parser sees
 * complete lines only.
 */
final class RowLimitedTokenSource implements TokenSource {

  private final TokenSource source;
  private final int max;
  private final ArrayDeque<Token> line = new ArrayDeque<>();
  private int rows;
  private Token eof;
  private int limitOffset = -1;

  RowLimitedTokenSource(TokenSource source, int max) {
    this.source = source;
    this.max = max;
  }

  /** Normalised offset of the first row not read, or -1 if the limit was not reached. */
  int limitOffset() {
    return limitOffset;
  }

  @Override
  public Token nextToken() {
    if (line.isEmpty() && eof == null) {
      readLine();
    }
    return line.isEmpty() ? eof : line.poll();
  }

  private void readLine() {
    boolean row = false;
    while (true) {
      Token t = source.nextToken();
      if (t.getType() == Token.EOF) {
        eof = t;
        break;
      }
      line.add(t);
      row |= t.getType() == OgiLexer.TAB || t.getType() == OgiLexer.PIPE;
      if (t.getType() == OgiLexer.NL) {
        break;
      }
    }
    if (row && ++rows > max) {
      Token first = line.peek();
      limitOffset = first.getStartIndex();
      line.clear();
      CommonToken end = new CommonToken(Token.EOF, "<EOF>");
      end.setStartIndex(limitOffset);
      end.setStopIndex(limitOffset - 1);
      end.setLine(first.getLine());
      eof = end;
    }
  }

  @Override
  public int getLine() {
    return source.getLine();
  }

  @Override
  public int getCharPositionInLine() {
    return source.getCharPositionInLine();
  }

  @Override
  public CharStream getInputStream() {
    return source.getInputStream();
  }

  @Override
  public String getSourceName() {
    return source.getSourceName();
  }

  @Override
  public void setTokenFactory(TokenFactory<?> factory) {
    source.setTokenFactory(factory);
  }

  @Override
  public TokenFactory<?> getTokenFactory() {
    return source.getTokenFactory();
  }
}
