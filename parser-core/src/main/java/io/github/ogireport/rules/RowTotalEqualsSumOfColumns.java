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
 * A2, per row of the applications table: 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 +
 * 其他. The clause: the table of section 三 (收到和处理政府信息公开申请情况) of both templates
 * (国办公开办函〔2019〕60号, 〔2021〕30号) splits 申请人情况 into 自然人 and the five kinds of 法人或其他组织,
 * with 总计 as their sum.
 *
 * <p>A row is checked only when its 总计 and all six applicant cells are printed: an absent cell is
 * not 0, and a printed total whose parts were lost is left alone. The finding stands at the 总计 cell,
 * with every cell of the sum as related positions.
 */
public final class RowTotalEqualsSumOfColumns implements Rule {

  /** The id, also the diagnostic code. */
  public static final String ID = "applications-row-total";

  /** The labels of the terms, in order: the same for every row, built once. */
  private static final List<String> APPLICANT_LABELS = Sum.labels(ApplicantColumn.APPLICANTS, ApplicantColumn::label);

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
    return "each row of the applications table: 总计 = 自然人 + the five 法人或其他组织 columns (A2)";
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
      Optional<Located<Long>> total = counts.total();
      if (total.isEmpty()) {
        continue;
      }
      Sum sum = Sum.over(APPLICANT_LABELS);
      for (ApplicantColumn c : ApplicantColumn.APPLICANTS) {
        sum.add(c.get(counts));
      }
      if (!sum.complete() || sum.is(total.get().value())) {
        continue;
      }
      context.report(Finding.builder()
          .message(context.message(ID, Names.row(row), total.get().value(), sum.expression(), sum.value()))
          .span(total.get().span())
          .path(row.path() + "." + ApplicantColumn.TOTAL.key())
          .addAllRelated(sum.spans())
          .build());
    }
  }
}
