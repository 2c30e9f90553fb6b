package io.github.ogireport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.OutcomeField;
import io.github.ogireport.model.ReviewGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** AssertJ-style entry point for parsed reports: {@code assertThatReport(result).row(...).is(...)}. */
final class ReportAssertions {

  private final ParseResult result;

  private ReportAssertions(ParseResult result) {
    this.result = result;
  }

  static ReportAssertions assertThatReport(ParseResult result) {
    return new ReportAssertions(result);
  }

  /** Asserts the row's 7 standard cells (自然人 … 其他, 总计); null for an absent cell. */
  ReportAssertions row(ApplicationRow row, Long... expected) {
    Optional<Counts> c = result.report().applications().flatMap(a -> a.row(row));
    assertThat(c).as("row %s", row).isPresent();
    List<Long> actual = new ArrayList<>();
    for (ApplicantColumn col : ApplicantColumn.STANDARD) {
      actual.add(col.get(c.get()).map(Located::value).orElse(null));
    }
    assertThat(actual).as("row %s", row).containsExactly(expected);
    return this;
  }

  /** Asserts the row is absent (lost), not zero. */
  ReportAssertions noRow(ApplicationRow row) {
    assertThat(result.report().applications().flatMap(a -> a.row(row))).as("row %s", row).isEmpty();
    return this;
  }

  /** Asserts the 15 cells of section 四; null for an absent cell. */
  ReportAssertions reviews(Long... expected) {
    assertThat(result.report().reviewsAndLawsuits()).as("section 四").isPresent();
    List<Long> actual = new ArrayList<>();
    for (ReviewGroup g : ReviewGroup.values()) {
      for (OutcomeField f : OutcomeField.values()) {
        actual.add(f.get(g.get(result.report().reviewsAndLawsuits().get())).map(Located::value).orElse(null));
      }
    }
    assertThat(actual).containsExactly(expected);
    return this;
  }

  /** Asserts a diagnostic with {@code code} at {@code line} about {@code path}. */
  ReportAssertions hasDiagnostic(String code, int line, String path) {
    assertThat(result.diagnostics())
        .as("diagnostics %s", result.diagnostics())
        .anySatisfy(d -> {
          assertThat(d.code()).isEqualTo(code);
          assertThat(d.line()).contains(line);
          assertThat(d.path()).contains(path);
        });
    return this;
  }

  /** Asserts the diagnostics' codes, in order. */
  ReportAssertions diagnosticCodes(String... codes) {
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(codes);
    return this;
  }

  AnnualReport report() {
    return result.report();
  }
}
