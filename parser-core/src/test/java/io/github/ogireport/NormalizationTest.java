package io.github.ogireport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.SourceSpan;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seeds again with CRLF + BOM, and with full-width parentheses, give the same model, the same
 * diagnostics, and positions that point into the input as given.
 */
class NormalizationTest {

  private static final ReportParser PARSER = ReportParser.create();

  static List<String> seeds() {
    return Fixtures.SEEDS;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void crlfAndBomGiveTheSameModelAndLines(String seed) {
    String text = Fixtures.resource("/seeds/" + seed + ".txt");
    ParseResult plain = PARSER.parse(text);
    String crlf = "\uFEFF" + text.replace("\n", "\r\n");
    ParseResult other = PARSER.parse(crlf);
    assertThat(other.report()).isEqualTo(plain.report());
    assertThat(codesAndLines(other.diagnostics())).isEqualTo(codesAndLines(plain.diagnostics()));
    // the same value is at the same line; on line 1 the BOM counts as a column
    plain.report().applications().flatMap(a -> a.row(ApplicationRow.NEWLY_RECEIVED)).ifPresent(c -> {
      SourceSpan a = c.total().get().span().get();
      SourceSpan b = other.report().applications().get().row(ApplicationRow.NEWLY_RECEIVED).get().total().get().span().get();
      assertThat(b.line()).isEqualTo(a.line());
      assertThat(b.column()).isEqualTo(a.column());
      assertThat(crlf.substring(b.offset(), b.endOffset())).isEqualTo(text.substring(a.offset(), a.endOffset()));
    });
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void fullWidthParenthesesGiveTheSameModel(String seed) {
    String text = Fixtures.resource("/seeds/" + seed + ".txt");
    ParseResult plain = PARSER.parse(text.replace('（', '(').replace('）', ')'));
    ParseResult wide = PARSER.parse(text.replace('(', '（').replace(')', '）'));
    assertThat(wide.report()).isEqualTo(plain.report());
    assertThat(codesAndLines(wide.diagnostics())).isEqualTo(codesAndLines(plain.diagnostics()));
  }

  private static List<String> codesAndLines(List<Diagnostic> ds) {
    return ds.stream().map(d -> d.code() + "@" + d.line().orElse(0) + ":" + d.path().orElse(""))
        .collect(Collectors.toList());
  }
}
