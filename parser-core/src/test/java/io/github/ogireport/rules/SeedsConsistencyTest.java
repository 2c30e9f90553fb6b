package io.github.ogireport.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.Fixtures;
import io.github.ogireport.ParseResult;
import io.github.ogireport.ReportParser;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Severity;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Consistent reports raise no error; the incomplete seed raises only completeness errors. */
class SeedsConsistencyTest {

  private static final ReportParser PARSER = ReportParser.create();

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "004"})
  void completeSeedsRaiseNoError(String seed) {
    ParseResult result = PARSER.parse(Fixtures.seed(seed));

    assertThat(errors(result)).isEmpty();
    assertThat(result.report().applications()).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "004"})
  void completeSeedsBreakNoArithmeticNorProse(String seed) {
    ParseResult result = PARSER.parse(Fixtures.seed(seed));

    assertThat(result.diagnostics()).extracting(Diagnostic::code).doesNotContain(
        "applications-row-total", "applications-row-subtotal", "applications-balance",
        "applications-results-total", "reviews-group-total", "value-domain", "prose-consistency",
        "year-consistency", "section-order");
  }

  @Test
  void seed003LosesRowsAndSection四AndNothingElseIsAnError() {
    ParseResult result = PARSER.parse(Fixtures.seed("003"));

    assertThat(errors(result)).extracting(Diagnostic::code).containsOnly("row-missing", "section-missing");
    assertThat(result.diagnostics("section-missing")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("四、政府信息公开行政复议、行政诉讼情况"));
  }

  private static List<Diagnostic> errors(ParseResult result) {
    return result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).collect(Collectors.toList());
  }
}
