package io.github.ogireport.internal.antlr;

import io.github.ogireport.grammar.OgiLexer;
import io.github.ogireport.grammar.OgiParser;
import io.github.ogireport.internal.layout.CellValue;
import io.github.ogireport.internal.layout.RawDocument;
import io.github.ogireport.internal.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.UnbufferedTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The only door to ANTLR: lexes and parses normalised text with the generated {@link OgiParser}
 * and hands back a {@link RawDocument}. SLL prediction first, building the lines as the parser goes
 * ({@link StreamingParser}, {@link LineListener}: no parse tree, no token kept); on a syntax error,
 * lexing again for LL with ANTLR's recovery and a parse tree ({@link LineCollector}) — the Trino
 * pattern. The grammar is total, so the
 * second pass is a safety net. ANTLR's console listeners are removed: syntax trouble becomes
 * {@link SyntaxProblem}s for the caller to turn into diagnostics.
 */
public final class GrammarFrontEnd {

  /** A syntax error the grammar reported (should not happen: the grammar is total). */
  public static final class SyntaxProblem {
    public final int offset;
    public final String message;

    SyntaxProblem(int offset, String message) {
      this.offset = offset;
      this.message = message;
    }
  }

  /** What parsing produced. */
  public static final class Result {
    public final RawDocument document;
    public final List<SyntaxProblem> problems;
    /** True if SLL failed and the LL pass ran. */
    public final boolean llFallback;
    /** Normalised offset of the first table row past the row limit (not read), or -1 if none. */
    public final int rowLimitOffset;

    Result(RawDocument document, List<SyntaxProblem> problems, boolean llFallback, int rowLimitOffset) {
      this.document = document;
      this.problems = problems;
      this.llFallback = llFallback;
      this.rowLimitOffset = rowLimitOffset;
    }
  }

  private GrammarFrontEnd() {}

  /** Lexes and parses {@code source}, stopping the lexer after {@code maxTokens} tokens. */
  public static Result parse(SourceText source, int maxTokens) {
    return parse(source, maxTokens, Integer.MAX_VALUE, CellValue.MAX_DIGITS, parser -> { });
  }

  /**
   * Lexes and parses {@code source}, stopping the lexer after {@code maxTokens} tokens or before the
   * table row after the first {@code maxTableRows}; cells read numbers of at most
   * {@code maxNumberDigits} digits.
   */
  public static Result parse(SourceText source, int maxTokens, int maxTableRows, int maxNumberDigits) {
    return parse(source, maxTokens, maxTableRows, maxNumberDigits, parser -> { });
  }

  /**
   * {@link #parse(SourceText, int)}, handing the parser to {@code inspect} before it runs. For tests
   * that look at ANTLR's own work: turn profiling on, keep the parser to read its statistics after.
   */
  static Result parse(SourceText source, int maxTokens, Consumer<OgiParser> inspect) {
    return parse(source, maxTokens, Integer.MAX_VALUE, CellValue.MAX_DIGITS, inspect);
  }

  private static Result parse(SourceText source, int maxTokens, int maxTableRows, int maxNumberDigits,
      Consumer<OgiParser> inspect) {
    String text = source.text();
    OgiLexer lexer = lexer(text);
    lexer.setTokenFactory(CompactToken.FACTORY); // no token outlives this pass: the small kind
    LimitedTokenSource limited = new LimitedTokenSource(lexer, maxTokens);
    RowLimitedTokenSource rows = new RowLimitedTokenSource(limited, maxTableRows);
    LineListener lines = new LineListener(text, maxNumberDigits);
    // tokens are read once, in order, and dropped once behind the lookahead: none is kept
    StreamingParser parser = new StreamingParser(new UnbufferedTokenStream<>(rows), lines);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    inspect.accept(parser);
    try {
      parser.report();
    } catch (ParseCancellationException e) {
      return parseLl(text, maxTokens, maxTableRows, maxNumberDigits);
    }
    return new Result(lines.document(limited.count(), limited.truncated()), List.of(), false,
        rows.limitOffset());
  }

  /** The second pass, after the SLL pass met a syntax error: LL, ANTLR's recovery, a parse tree. */
  private static Result parseLl(String text, int maxTokens, int maxTableRows, int maxNumberDigits) {
    LimitedTokenSource limited = new LimitedTokenSource(lexer(text), maxTokens);
    RowLimitedTokenSource rows = new RowLimitedTokenSource(limited, maxTableRows);
    // every token is on the default channel: the plain buffered stream, without channel filtering
    OgiParser parser = new OgiParser(new BufferedTokenStream(rows));
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    parser.setErrorHandler(new DefaultErrorStrategy());
    List<SyntaxProblem> problems = new ArrayList<>();
    parser.addErrorListener(new BaseErrorListener() {
      @Override
      public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
          int charPositionInLine, String msg, RecognitionException e) {
        int offset = offendingSymbol instanceof Token ? ((Token) offendingSymbol).getStartIndex() : 0;
        problems.add(new SyntaxProblem(Math.max(0, offset), msg));
      }
    });
    OgiParser.ReportContext tree = parser.report();
    RawDocument doc = new LineCollector(text, maxNumberDigits)
        .collect(tree, limited.count(), limited.truncated());
    return new Result(doc, problems, true, rows.limitOffset());
  }

  /**
   * The lexer of normalised text {@code text}: the generated {@link OgiLexer} reading {@link
   * LexerInput}, with the DFA cache of {@link CachingLexerSimulator}, without console listeners.
   * Public for the benchmarks, which time lexing alone.
   */
  public static OgiLexer lexer(String text) {
    OgiLexer lexer = new OgiLexer(new LexerInput(text));
    lexer.setInterpreter(new CachingLexerSimulator(lexer));
    lexer.removeErrorListeners();
    return lexer;
  }

  /** Counts tokens; past the limit it ends the line and the input (a hostile input's token flood). */
  private static final class LimitedTokenSource implements TokenSource {
    private final OgiLexer lexer;
    private final int max;
    private int count;
    private boolean truncated;
    private int state;

    LimitedTokenSource(OgiLexer lexer, int max) {
      this.lexer = lexer;
      this.max = max;
    }

    int count() {
      return count;
    }

    boolean truncated() {
      return truncated;
    }

    @Override
    public Token nextToken() {
      if (state == 0) {
        Token t = lexer.nextToken();
        if (t.getType() == Token.EOF) {
          return t;
        }
        if (++count < max) {
          return t;
        }
        truncated = true;
        state = 1;
        return t.getType() == OgiLexer.NL ? nextToken() : synthetic(OgiLexer.NL, t.getStopIndex() + 1);
      }
      if (state == 1) {
        state = 2;
        int at = lexer.getInputStream().index();
        if (lexer._mode != OgiLexer.DEFAULT_MODE) {
          return synthetic(OgiLexer.NL, at);
        }
        return synthetic(Token.EOF, at);
      }
      return synthetic(Token.EOF, lexer.getInputStream().index());
    }

    private Token synthetic(int type, int at) {
      CommonToken t = new CommonToken(type, type == Token.EOF ? "<EOF>" : "\n");
      t.setStartIndex(at);
      t.setStopIndex(at - 1);
      t.setLine(lexer.getLine());
      return t;
    }

    @Override
    public int getLine() {
      return lexer.getLine();
    }

    @Override
    public int getCharPositionInLine() {
      return lexer.getCharPositionInLine();
    }

    @Override
    public org.antlr.v4.runtime.CharStream getInputStream() {
      return lexer.getInputStream();
    }

    @Override
    public String getSourceName() {
      return lexer.getSourceName();
    }

    @Override
    public void setTokenFactory(org.antlr.v4.runtime.TokenFactory<?> factory) {
      lexer.setTokenFactory(factory);
    }

    @Override
    public org.antlr.v4.runtime.TokenFactory<?> getTokenFactory() {
      return lexer.getTokenFactory();
    }
  }
}
