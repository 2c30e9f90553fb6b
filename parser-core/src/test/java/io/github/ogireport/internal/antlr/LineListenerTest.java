package io.github.ogireport.internal.antlr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ogireport.ParserOptions;
import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawDocument;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.internal.text.SourceText;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lines built while parsing ({@link LineListener}) are the lines built from a parse tree
 * ({@link LineCollector}, the LL pass after a syntax error): the SLL pass is made to bail at once,
 * so the same text goes through both.
 */
class LineListenerTest {

  static Stream<Path> fixtures() {
    return Fixtures.all().stream();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void fixtureMakesTheSameLinesWithAndWithoutATree(Path file) {
    assertSameLines(Fixtures.read(file));
  }

  private static final String[] PIECES = {
    "一、", "## ", "**", "\t", "|", "x", "\n", "\n", "一", "四 、", " ", "*", "#", "12", "\t\t",
  };

  @Test
  void randomTextMakesTheSameLinesWithAndWithoutATree() {
    qt().withExamples(1_000)
        .forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 100))
        .checkAssert(picks -> {
          StringBuilder sb = new StringBuilder();
          picks.forEach(i -> sb.append(PIECES[i]));
          assertSameLines(sb.toString());
        });
  }

  private static void assertSameLines(String text) {
    SourceText source = SourceText.of(text);
    GrammarFrontEnd.Result streamed = GrammarFrontEnd.parse(source, ParserOptions.DEFAULT_MAX_TOKENS);
    GrammarFrontEnd.Result tree = GrammarFrontEnd.parse(source, ParserOptions.DEFAULT_MAX_TOKENS,
        p -> p.setErrorHandler(new BailErrorStrategy() {
          @Override
          public void sync(Parser recognizer) {
            throw new ParseCancellationException("forced: parse again with a tree");
          }
        }));
    assertThat(streamed.llFallback).isFalse();
    assertThat(tree.llFallback).isTrue();
    assertThat(tree.problems).isEmpty();
    assertThat(describe(streamed.document)).isEqualTo(describe(tree.document)).isNotEmpty();
  }

  /** Every line with its kind, range, number and cells. */
  static String describe(RawDocument doc) {
    StringBuilder sb = new StringBuilder();
    doc.titleBlock().forEach(l -> describe(sb.append("title "), l));
    for (RawDocument.RawSection s : doc.sections()) {
      describe(sb.append("section "), s.heading());
      s.lines().forEach(l -> describe(sb.append("  "), l));
    }
    return sb.append("tokens ").append(doc.tokenCount()).append(' ').append(doc.truncated()).toString();
  }

  private static void describe(StringBuilder sb, RawLine l) {
    sb.append(l.kind()).append(' ').append(l.start()).append('-').append(l.end()).append(" #").append(l.sectionNumber());
    for (RawCell c : l.cells()) {
      sb.append(" [").append(c.text()).append('@').append(c.start()).append('-').append(c.end()).append(']');
    }
    sb.append('\n');
  }
}
