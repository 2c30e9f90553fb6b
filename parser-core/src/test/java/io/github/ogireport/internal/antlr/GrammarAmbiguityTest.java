package io.github.ogireport.internal.antlr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.grammar.OgiLexer;
import io.github.ogireport.grammar.OgiParser;
import io.github.ogireport.internal.text.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.dfa.DFA;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The grammar is unambiguous on the seeds (exact ambiguity detection) and its standalone twins work. */
class GrammarAmbiguityTest {

  @ParameterizedTest
  @ValueSource(strings = {"000_f3378982fb2187e4", "001_e4ed0c6c37b09e63", "002_0830209d30ef71dd",
      "003_8030f6624176119d", "004_a6ccf7e65f232cee"})
  void noAmbiguityOrSyntaxErrorOnSeeds(String seed) throws IOException {
    List<String> reports = new ArrayList<>();
    OgiParser parser = parser(SourceText.of(read("/seeds/" + seed + ".txt")).text(), reports);
    parser.getInterpreter().setPredictionMode(PredictionMode.LL_EXACT_AMBIG_DETECTION);
    OgiParser.ReportContext tree = parser.report();
    assertThat(reports).isEmpty();
    assertThat(parser.getNumberOfSyntaxErrors()).isZero();
    assertThat(tree.section()).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void standaloneTableParsesATableAlone() {
    List<String> reports = new ArrayList<>();
    OgiParser parser = parser("规章\t0\t0\t0\n行政规范性文件\t0\t0\t2\n\n| a | b |\n", reports);
    OgiParser.StandaloneTableContext table = parser.standaloneTable();
    assertThat(reports).isEmpty();
    assertThat(table.row()).hasSize(3);
    assertThat(table.row(1).TEXT()).extracting(c -> c.getText()).containsExactly("行政规范性文件", "0", "0", "2");
  }

  @Test
  void numberedLineWithCellsIsARowNotAHeading() {
    List<String> reports = new ArrayList<>();
    OgiParser parser = parser("三、收到和处理政府信息公开申请情况\n三、本年度办理结果\t(一) 予以公开\t2\n", reports);
    OgiParser.StandaloneSectionContext s = parser.standaloneSection();
    assertThat(reports).isEmpty();
    assertThat(s.section().sectionHeading().getText()).startsWith("三、收到");
    assertThat(s.section().line()).hasSize(1);
    assertThat(s.section().line(0).row().SECTION_NUMBER()).isNotNull();
  }

  private static OgiParser parser(String text, List<String> reports) {
    OgiLexer lexer = new OgiLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    OgiParser parser = new OgiParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.addErrorListener(new BaseErrorListener() {
      @Override
      public void syntaxError(Recognizer<?, ?> r, Object o, int line, int col, String msg, RecognitionException e) {
        reports.add("syntax " + line + ":" + col + " " + msg);
      }

      @Override
      public void reportAmbiguity(Parser p, DFA dfa, int start, int stop, boolean exact, BitSet alts, ATNConfigSet c) {
        reports.add("ambiguity at " + start + ".." + stop + " in decision " + dfa.decision);
      }
    });
    return parser;
  }

  private static String read(String path) throws IOException {
    try (InputStream in = GrammarAmbiguityTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
