package io.github.ogireport.rules;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.TemplateVersion;

/**
 * A section that the template fills with a table has it: 二 its tables (第二十条第（一）（五）（六）（八）项),
 * 三 the applications table, 四 the row of 15 cells. Reported at the section heading. A missing section
 * is {@code section-missing}'s business, not this rule's.
 */
public final class RequiredTablesPresent implements Rule {

  @Override
  public String id() {
    return "table-missing";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "sections 二, 三 and 四 each hold their table";
  }

  @Override
  public void check(AnnualReport report, RuleContext context) {
    if (report.template() == TemplateVersion.LEGACY) {
      return; // reported once as template-legacy
    }
    check(report, context, 2, report.activeDisclosure().isPresent(), "activeDisclosure");
    check(report, context, 3, report.applications().isPresent(), "applications");
    check(report, context, 4, report.reviewsAndLawsuits().isPresent(), "reviewsAndLawsuits");
  }

  private static void check(AnnualReport report, RuleContext context, int n, boolean present, String path) {
    if (present) {
      return;
    }
    report.section(n).ifPresent(s -> context.report(Finding.builder()
        .message(context.message("table-missing", "一二三四五六".charAt(n - 1) + "、" + s.heading()))
        .span(s.span())
        .path(path)
        .build()));
  }
}
