package io.github.ogireport.internal.antlr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ogireport.ParserOptions;
import io.github.ogireport.grammar.OgiLexer;
import io.github.ogireport.internal.layout.RawDocument;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.internal.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/**
 * The lexer of the front end ({@link CachingLexerSimulator} over {@link LexerInput}) makes exactly the
 * tokens of the stock generated lexer, and its offsets are UTF-16 offsets.
 */
class CachingLexerSimulatorTest {

  /** Pieces the lexer rules name, and chars they do not (ASCII, CJK, other scripts). */
  private static final String[] PIECES = {
    "一、", "## ", "**", "*", "#", "\t", "|", "\n", " ", "四 、", "十二.", "，", "、", ".", ",",
    "一是", "三", "九", "x", "0", "字", "（", "é", "Ж", "\u3000", "…",
  };

  @Test
  void sameTokensAsTheStockLexer() {
    qt().withExamples(2_000)
        .forAll(lists().of(integers().between(0, PIECES.length + 200)).ofSizeBetween(0, 150))
        .checkAssert(picks -> {
          StringBuilder sb = new StringBuilder();
          for (int i : picks) {
            // beyond the pieces: a char anywhere in the BMP below the surrogates, by a fixed stride
            sb.append(i < PIECES.length ? PIECES[i] : String.valueOf((char) (0x80 + (i - PIECES.length) * 271)));
          }
          String text = sb.toString();
          OgiLexer stock = new OgiLexer(CharStreams.fromString(text));
          stock.removeErrorListeners();
          assertThat(tokens(GrammarFrontEnd.lexer(text))).as(text).isEqualTo(tokens(stock));
        });
  }

  @Test
  void everyCharOfTheBmpLexesAsTheStockLexerAtLineStartAndWithinALine() {
    StringBuilder sb = new StringBuilder();
    for (char c = 1; c < Character.MIN_SURROGATE; c++) {
      if (c != '\n') {
        sb.append(c).append("x").append(c).append('\n');
      }
    }
    String text = sb.toString();
    OgiLexer stock = new OgiLexer(CharStreams.fromString(text));
    stock.removeErrorListeners();
    List<String> expected = tokens(stock);
    assertThat(tokens(GrammarFrontEnd.lexer(text))).isEqualTo(expected);
    // twice: the second pass reads the cache the first one filled
    assertThat(tokens(GrammarFrontEnd.lexer(text))).isEqualTo(expected);
  }

  @Test
  void unnamedCharsShareASlotOnlyWhereTheModeDoesNotNameThem() {
    int line = OgiLexer.LINE;
    assertThat(CachingLexerSimulator.slot(line, '一')).isEqualTo(CachingLexerSimulator.slot(line, '字'));
    assertThat(CachingLexerSimulator.slot(Lexer.DEFAULT_MODE, '一'))
        .isNotEqualTo(CachingLexerSimulator.slot(Lexer.DEFAULT_MODE, '字'))
        .isNotEqualTo(CachingLexerSimulator.slot(Lexer.DEFAULT_MODE, '二'));
    assertThat(CachingLexerSimulator.slot(Lexer.DEFAULT_MODE, '字'))
        .isEqualTo(CachingLexerSimulator.slot(Lexer.DEFAULT_MODE, 'é'))
        .isGreaterThan(127);
    assertThat(CachingLexerSimulator.slot(line, '\t')).isEqualTo('\t');
    assertThat(CachingLexerSimulator.slot(line, Token.EOF)).isNegative();
  }

  @Test
  void offsetsCountUtf16CharsAfterSupplementaryCharacters() {
    String text = "𠙶𠙶 报告\n一、总体情况\n规章\t𠙶\t3\n";
    GrammarFrontEnd.Result r = GrammarFrontEnd.parse(SourceText.of(text), ParserOptions.DEFAULT_MAX_TOKENS);
    RawDocument doc = r.document;
    assertThat(doc.titleBlock().get(0).cells().get(0).text()).isEqualTo("𠙶𠙶 报告");
    RawLine heading = doc.sections().get(0).heading();
    assertThat(heading.start()).isEqualTo(text.indexOf("一、"));
    assertThat(heading.cells().get(0).text()).isEqualTo("一、总体情况");
    RawLine row = doc.sections().get(0).lines().get(0);
    assertThat(row.cells()).extracting(c -> c.text()).containsExactly("规章", "𠙶", "3");
    assertThat(row.cells().get(2).start()).isEqualTo(text.indexOf('3'));
  }

  private static List<String> tokens(OgiLexer lexer) {
    List<String> out = new ArrayList<>();
    for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
      out.add(t.getType() + "@" + t.getStartIndex() + ":" + t.getStopIndex());
      if (t.getType() == Token.EOF) {
        return out;
      }
    }
  }
}
