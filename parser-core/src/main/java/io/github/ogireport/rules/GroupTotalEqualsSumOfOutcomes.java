package io.github.ogireport.rules;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Outcome;
import io.github.ogireport.model.OutcomeField;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.ReviewsAndLawsuits;
import io.github.ogireport.model.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A4, per group of section 四 (行政复议; 行政诉讼·未经复议直接起诉; 行政诉讼·复议后起诉): 总计 = 结果维持 + 结果纠正 +
 * 其他结果 + 尚未审结. The clause: the table of section 四 (政府信息公开行政复议、行政诉讼情况) of both
 * templates (国办公开办函〔2019〕60号, 〔2021〕30号), five columns per group closed by 总计.
 *
 * <p>A group is checked only when its five cells are printed. The finding stands at the group's 总计
 * cell, with the four parts as related positions.
 */
public final class GroupTotalEqualsSumOfOutcomes implements Rule {

  /** The id, also the diagnostic code. */
  public static final String ID = "reviews-group-total";

  /** The labels of the terms, in order: the same for every row, built once. */
  private static final List<String> PART_LABELS = Sum.labels(OutcomeField.PARTS, OutcomeField::label);

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
    return "each group of section 四: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (A4)";
  }

  @Override
  public void check(AnnualReport report, RuleContext context) {
    report.reviewsAndLawsuits().ifPresent(r -> check(r, context));
  }

  private static void check(ReviewsAndLawsuits reviews, RuleContext context) {
    for (ReviewGroup g : ReviewGroup.values()) {
      Outcome outcome = reviews.group(g);
      Optional<Located<Long>> total = outcome.total();
      if (total.isEmpty()) {
        continue;
      }
      Sum sum = Sum.over(PART_LABELS);
      for (OutcomeField f : OutcomeField.PARTS) {
        sum.add(f.get(outcome));
      }
      if (!sum.complete() || sum.is(total.get().value())) {
        continue;
      }
      context.report(Finding.builder()
          .message(context.message(ID, Names.group(g), total.get().value(), sum.expression(), sum.value()))
          .span(total.get().span())
          .path(g.path(OutcomeField.TOTAL))
          .addAllRelated(sum.spans())
          .build());
    }
  }
}
