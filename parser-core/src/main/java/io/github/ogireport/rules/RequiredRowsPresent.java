package io.github.ogireport.rules;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Applications;
import io.github.ogireport.model.DisclosureItem;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import io.github.ogireport.model.TemplateVersion;
import java.util.Optional;

/**
 * Every row the template requires is present in the tables that were found: the 25 rows of the
 * applications table (23 where （六）其他处理 is printed as one row, as the 2019 template has it), and
 * the rows of section 二 (规章, 行政规范性文件, 行政许可, 行政处罚, 行政强制, 行政事业性收费; 2019 also
 * 其他对外管理服务事项 and 政府集中采购). A lost row is an error where it should have been: after the last
 * row found before it.
 */
public final class RequiredRowsPresent implements Rule {

  @Override
  public String id() {
    return "row-missing";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "every row the template requires is in the tables found";
  }

  @Override
  public void check(AnnualReport report, RuleContext context) {
    report.applications().ifPresent(a -> checkApplications(a, context));
    report.activeDisclosure().ifPresent(d -> {
      for (DisclosureItem item : DisclosureItem.values()) {
        if (!item.fields(report.template()).isEmpty() && d.item(item).isEmpty()
            && (report.template() == TemplateVersion.V2019 || report.template() == TemplateVersion.V2021)) {
          context.report(Finding.builder()
              .message(context.message("row-missing", item.label()))
              .path("activeDisclosure." + item.key())
              .build());
        }
      }
    });
  }

  private static void checkApplications(Applications a, RuleContext context) {
    boolean collapsed = a.rows().containsKey(ApplicationRow.OTHER_HANDLING_SUBTOTAL);
    boolean items = a.rows().containsKey(ApplicationRow.NO_AMENDMENT_IN_TIME)
        || a.rows().containsKey(ApplicationRow.FEE_UNPAID) || a.rows().containsKey(ApplicationRow.OTHER);
    Optional<SourceSpan> lastSeen = Optional.empty();
    for (ApplicationRow row : ApplicationRow.values()) {
      boolean sixItem = row == ApplicationRow.NO_AMENDMENT_IN_TIME || row == ApplicationRow.FEE_UNPAID
          || row == ApplicationRow.OTHER;
      if (row == ApplicationRow.OTHER_HANDLING_SUBTOTAL && (items || !collapsed)) {
        continue;
      }
      if (sixItem && collapsed && !items) {
        continue;
      }
      Optional<SourceSpan> at = a.row(row).flatMap(c -> c.span());
      if (a.row(row).isPresent()) {
        lastSeen = at;
        continue;
      }
      // after the row above it; a row with none above stands where the first row after it starts
      Optional<SourceSpan> where = lastSeen.map(s -> SourceSpan.point(s.endLine(), s.endColumn(), s.endOffset()))
          .or(() -> firstAfter(a, row).map(s -> SourceSpan.point(s.line(), s.column(), s.offset())))
          .or(() -> a.span().map(s -> SourceSpan.point(s.endLine(), s.endColumn(), s.endOffset())));
      context.report(Finding.builder()
          .message(context.message("row-missing", row.numberedLabel()))
          .span(where)
          .path(row.path())
          .build());
    }
  }

  /** The span of the first row after {@code row} (in template order) that the table prints. */
  private static Optional<SourceSpan> firstAfter(Applications a, ApplicationRow row) {
    for (ApplicationRow r : ApplicationRow.values()) {
      if (r.ordinal() > row.ordinal()) {
        Optional<SourceSpan> at = a.row(r).flatMap(c -> c.span());
        if (at.isPresent()) {
          return at;
        }
      }
    }
    return Optional.empty();
  }
}
