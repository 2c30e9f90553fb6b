package io.github.ogireport.benchmarks;

import io.github.ogireport.ParseResult;
import io.github.ogireport.ReportJson;
import io.github.ogireport.ReportParser;
import io.github.ogireport.grammar.OgiLexer;
import io.github.ogireport.internal.antlr.GrammarFrontEnd;
import io.github.ogireport.internal.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The throughput of each stage, one thread. One operation reads the whole input: the five seeds one
 * after the other ({@code input=seeds}) or the large report ({@code input=large}); {@link
 * BenchmarkTable} turns operations per second into MB/s with {@link Inputs#utf8Bytes}.
 *
 * <ul>
 *   <li>{@link #lex}: the generated {@link OgiLexer} over the normalised text, set up as the parser
 *       sets it up ({@link GrammarFrontEnd#lexer}: UTF-16 char stream, DFA cache over Chinese text);
 *   <li>{@link #lexCharStreams}: the same lexer as ANTLR generates it, over {@code
 *       CharStreams.fromString}: what lexing cost before that cache;
 *   <li>{@link #grammar}: normalisation, lexing and ANTLR's parse to raw lines ({@link
 *       GrammarFrontEnd#parse}): the grammar's share of {@link #parse}, before any translation to the
 *       model, the part no work on translation or rules can make cheaper;
 *   <li>{@link #parse}: {@link ReportParser#parse} without rules (normalise, lex, parse, translate);
 *   <li>{@link #parseAndValidate}: the same plus every built-in rule: what {@code ReportParser.create()} does;
 *   <li>{@link #json}: {@link ReportJson} (compact, without positions) of results parsed in setup;
 *   <li>{@link #endToEnd}: parse, validate and write JSON: what the command line does per file.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParserBenchmarks {

  /** {@value Inputs#SEEDS} or {@value Inputs#LARGE}. */
  @Param({Inputs.SEEDS, Inputs.LARGE})
  public String input;

  private List<String> texts;
  private List<String> normalised;
  private List<ParseResult> results;
  private ReportParser withoutRules;
  private ReportParser withRules;
  private ReportJson json;

  /** Loads the input, normalises it for the lexer benchmarks and parses it for the JSON benchmark. */
  @Setup
  public void setUp() {
    texts = Inputs.texts(input);
    withoutRules = ReportParser.builder().validate(false).build();
    withRules = ReportParser.create();
    json = ReportJson.compact();
    normalised = new ArrayList<>();
    results = new ArrayList<>();
    for (String t : texts) {
      normalised.add(SourceText.of(t).text());
      results.add(withRules.parse(t));
    }
  }

  /** Lexing only, as the parser lexes. */
  @Benchmark
  public void lex(Blackhole bh) {
    for (String t : normalised) {
      bh.consume(tokens(GrammarFrontEnd.lexer(t)));
    }
  }

  /** Lexing only, with ANTLR's stock lexer simulator and char stream. */
  @Benchmark
  public void lexCharStreams(Blackhole bh) {
    for (String t : normalised) {
      OgiLexer lexer = new OgiLexer(CharStreams.fromString(t));
      lexer.removeErrorListeners();
      bh.consume(tokens(lexer));
    }
  }

  /** Normalise, lex and parse to raw lines (cells of lines in sections): the grammar alone. */
  @Benchmark
  public void grammar(Blackhole bh) {
    for (String t : texts) {
      bh.consume(GrammarFrontEnd.parse(SourceText.of(t), Integer.MAX_VALUE).document);
    }
  }

  /** Parse to the model, no rules. */
  @Benchmark
  public void parse(Blackhole bh) {
    for (String t : texts) {
      bh.consume(withoutRules.parse(t));
    }
  }

  /** Parse and run every built-in rule. */
  @Benchmark
  public void parseAndValidate(Blackhole bh) {
    for (String t : texts) {
      bh.consume(withRules.parse(t));
    }
  }

  /** Compact JSON of results parsed beforehand. */
  @Benchmark
  public void json(Blackhole bh) {
    for (ParseResult r : results) {
      bh.consume(json.write(r, "report.txt"));
    }
  }

  /** Parse, validate and write compact JSON. */
  @Benchmark
  public void endToEnd(Blackhole bh) {
    for (String t : texts) {
      bh.consume(json.write(withRules.parse(t), "report.txt"));
    }
  }

  private static int tokens(OgiLexer lexer) {
    int n = 0;
    Token t;
    while ((t = lexer.nextToken()).getType() != Token.EOF) {
      n += t.getType();
    }
    return n;
  }
}
