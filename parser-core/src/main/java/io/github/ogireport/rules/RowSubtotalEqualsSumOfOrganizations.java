package io.github.ogireport.rules;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Applications;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A2, second half: where a row of the applications table prints a 法人或其他组织 小计, it equals 商业企业 +
 * 科研机构 + 社会公益组织 + 法律服务机构 + 其他. The clause: the 法人或其他组织 column group of section 三's
 * table (国办公开办函〔2019〕60号, 〔2021〕30号); the templates print no 小计, but some extractions carry one.
 *
 * <p>Rows without a 小计 (most) and rows with an absent part are not checked. The finding stands at
 * the 小计 cell, with the five cells as related positions.
 */
public final class RowSubtotalEqualsSumOfOrganizations implements Rule {

  /** The id, also the diagnostic code. */
  public static final String ID = "applications-row-subtotal";

  /** The labels of the terms, in order: the same for every row, built once. */
  private static final List<String> ORGANIZATION_LABELS = Sum.labels(ApplicantColumn.ORGANIZATIONS, ApplicantColumn::label);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "each row of the applications table that prints a 小计: 小计 = the five 法人或其他组织 columns (A2)";
  }

  @Override
  public void check(AnnualReport report, RuleContext context) {
    report.applications().ifPresent(a -> check(a, context));
  }

  private static void check(Applications applications, RuleContext context) {
    for (ApplicationRow row : ApplicationRow.values()) {
      Counts counts = applications.rows().get(row);
      if (counts == null) {
        continue;
      }
      Optional<Located<Long>> subtotal = counts.legalPersonSubtotal();
      if (subtotal.isEmpty()) {
        continue;
      }
      Sum sum = Sum.over(ORGANIZATION_LABELS);
      for (ApplicantColumn c : ApplicantColumn.ORGANIZATIONS) {
        sum.add(c.get(counts));
      }
      if (!sum.complete() || sum.is(subtotal.get().value())) {
        continue;
      }
      context.report(Finding.builder()
          .message(context.message(ID, Names.row(row), subtotal.get().value(), sum.expression(), sum.value()))
          .span(subtotal.get().span())
          .path(row.path() + "." + ApplicantColumn.LEGAL_PERSON_SUBTOTAL.key())
          .addAllRelated(sum.spans())
          .build());
    }
  }
}
