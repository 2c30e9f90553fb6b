package io.github.ogireport.internal.antlr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ogireport.ParserOptions;
import io.github.ogireport.internal.layout.RawDocument;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.internal.text.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The grammar is total and SLL is enough: every input parses in SLL prediction mode, without the LL
 * fallback pass and without a syntax problem. The fixtures are checked one by one, all short inputs
 * over the lexer's alphabet exhaustively, and long random ones as a property.
 */
class SllPredictionTest {

  static Stream<Path> fixtures() {
    return Fixtures.all().stream();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void fixtureParsesInSllWithoutFallback(Path file) {
    String text = Fixtures.read(file);
    for (String variant : List.of(text, text.replace("\n", "\r\n"))) {
      GrammarFrontEnd.Result r = GrammarFrontEnd.parse(SourceText.of(variant), ParserOptions.DEFAULT_MAX_TOKENS);
      assertThat(r.llFallback).as("%s needed the LL fallback", file.getFileName()).isFalse();
      assertThat(r.problems).as("%s syntax problems", file.getFileName()).isEmpty();
      assertThat(r.document.truncated()).isFalse();
    }
  }

  @Test
  void fixturesAreThere() {
    assertThat(Fixtures.dir("seeds")).hasSize(5);
    assertThat(Fixtures.dir("corpus")).hasSizeGreaterThanOrEqualTo(19);
  }

  /** Pieces that mean something to the lexer, plus plain text and chars normalisation changes. */
  private static final String[] ALPHABET = {
    "一、", "## ", "**", "\t", "|", "x", "\n", "一",
    "四 、", "十二.", "，", " ", "#", "*", "\r\n", "\r", "(一)", "（二）", "𠙶", "\u3000", "\uFEFF", "0",
  };

  /** The first eight pieces, every sequence of up to four: 4,680 inputs. */
  @Test
  void everyShortInputParsesInSll() {
    int pieces = 8;
    int checked = 0;
    for (int length = 1; length <= 4; length++) {
      int[] at = new int[length];
      while (true) {
        StringBuilder sb = new StringBuilder();
        for (int i : at) {
          sb.append(ALPHABET[i]);
        }
        assertParsesInSll(sb.toString());
        checked++;
        int p = length - 1;
        while (p >= 0 && ++at[p] == pieces) {
          at[p] = 0;
          p--;
        }
        if (p < 0) {
          break;
        }
      }
    }
    assertThat(checked).isEqualTo(8 + 64 + 512 + 4096);
  }

  @Test
  void randomInputsParseInSll() {
    qt().withExamples(3_000)
        .forAll(lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, 120))
        .checkAssert(pieces -> {
          StringBuilder sb = new StringBuilder();
          for (int i : pieces) {
            sb.append(ALPHABET[i]);
          }
          assertParsesInSll(sb.toString());
        });
  }

  /** A section number followed by bold or another numeral once made the lexer emit tokens no rule takes. */
  @Test
  void sectionNumberFollowedByBoldOrNumeralIsAHeading() {
    for (String line : List.of("一、**总体情况**", "## 二、一是主动公开", "三、## 收到")) {
      RawDocument doc = assertParsesInSll(line + "\n");
      assertThat(doc.sections()).as(line).hasSize(1);
      RawLine heading = doc.sections().get(0).heading();
      assertThat(heading.kind()).isEqualTo(RawLine.Kind.HEADING);
      assertThat(heading.cells()).hasSize(1);
    }
  }

  private static RawDocument assertParsesInSll(String text) {
    GrammarFrontEnd.Result r = GrammarFrontEnd.parse(SourceText.of(text), ParserOptions.DEFAULT_MAX_TOKENS);
    List<String> problems = new ArrayList<>();
    r.problems.forEach(p -> problems.add(p.offset + ": " + p.message));
    assertThat(problems).as("syntax problems in %s", escape(text)).isEmpty();
    assertThat(r.llFallback).as("LL fallback for %s", escape(text)).isFalse();
    return r.document;
  }

  private static String escape(String s) {
    return "\"" + s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "\"";
  }
}
