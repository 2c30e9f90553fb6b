package io.github.ogireport.examples.customrule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ogireport.ParseResult;
import io.github.ogireport.ReportParser;
import io.github.ogireport.ReportWriter;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.Applications;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Located;
import io.github.ogireport.testing.ReportGenerators;
import io.github.ogireport.testing.TextNoise;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The custom rule tested with the library's generators (parser-core's test-support jar): every
 * consistent report {@link ReportGenerators} makes is written as text by {@link ReportWriter}, with
 * the noise of a PDF extraction on top ({@link TextNoise}), and parsed with the rule registered. The
 * rule must fire exactly when the generated model says it should, and point at （七）总计 总计.
 */
class ReceivedApplicationsHaveResultsPropertyTest {

  private static final ReportParser PARSER =
      ReportParser.builder().addRule(new ReceivedApplicationsHaveResults()).build();

  @Test
  void firesExactlyWhenApplicationsWereReceivedAndNoneAnswered() {
    check(ReportGenerators.consistentReports());
  }

  /**
   * Generated reports rarely answer nothing, so the rule's positive side is generated on purpose: the
   * same consistent reports with every result set to 0 and everything carried forward (四 = 一 + 二),
   * which keeps every sum of the template.
   */
  @Test
  void firesOnReportsThatAnsweredNothing() {
    check(ReportGenerators.consistentReports().map(ReceivedApplicationsHaveResultsPropertyTest::noneAnswered));
  }

  private static void check(Gen<AnnualReport> reports) {
    qt().withExamples(500)
        .forAll(reports, TextNoise.any(TextNoise.READ_TODAY))
        .checkAssert((model, noise) -> {
          String text = noise.apply(ReportWriter.tabs().write(model));
          ParseResult result = PARSER.parse(text);

          Optional<Long> received = total(model, ApplicationRow.NEWLY_RECEIVED);
          Optional<Long> handled = total(model, ApplicationRow.TOTAL_HANDLED);
          boolean expected = received.isPresent() && handled.isPresent() && received.get() > 0 && handled.get() == 0;
          assertThat(result.diagnostics(ReceivedApplicationsHaveResults.ID)).as(noise.toString())
              .hasSize(expected ? 1 : 0)
              .allSatisfy(d -> atTotalHandled(d, text));
        });
  }

  /** {@code report} with no application answered: results and （七）总计 0, 四、结转下年度 = 一 + 二 in every column. */
  private static AnnualReport noneAnswered(AnnualReport report) {
    if (report.applications().isEmpty()) {
      return report;
    }
    Applications table = report.applications().get();
    Applications.Builder b = Applications.builder().from(table).rows(Map.of());
    for (Map.Entry<ApplicationRow, Counts> row : table.rows().entrySet()) {
      Counts.Builder counts = Counts.builder().from(row.getValue());
      for (ApplicantColumn c : ApplicantColumn.values()) {
        if (row.getValue().value(c).isEmpty()) {
          continue; // an absent cell stays absent
        }
        if (row.getKey().isResult() || row.getKey() == ApplicationRow.TOTAL_HANDLED) {
          counts.set(c, Located.of(0L));
        } else if (row.getKey() == ApplicationRow.CARRIED_FORWARD) {
          Optional<Long> received = table.row(ApplicationRow.NEWLY_RECEIVED).flatMap(r -> r.value(c));
          Optional<Long> carried = table.row(ApplicationRow.CARRIED_OVER).flatMap(r -> r.value(c));
          if (received.isPresent() && carried.isPresent()) {
            counts.set(c, Located.of(received.get() + carried.get()));
          }
        }
      }
      b.putRows(row.getKey(), counts.build());
    }
    return AnnualReport.builder().from(report).applications(b.build()).build();
  }

  /** The generated (not the parsed) 总计 of {@code row}: the oracle the parse is judged against. */
  private static Optional<Long> total(AnnualReport model, ApplicationRow row) {
    return model.applications().flatMap(a -> a.row(row)).flatMap(Counts::total).map(Located::value);
  }

  private static void atTotalHandled(Diagnostic d, String text) {
    assertThat(d.path()).hasValue("applications.totalHandled.total");
    assertThat(d.span()).hasValueSatisfying(s -> assertThat(text.substring(s.offset(), s.endOffset())).isIn("0", "\uFF10"));
  }
}
