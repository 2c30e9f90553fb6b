package io.github.ogireport.rules;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Applications;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A3, per column of the applications table: 三（七）总计 = the sum of the result rows （一）予以公开 …
 * （六）其他处理, counting the items of （三）（四）（五） and either the three items of （六） (2021 template)
 * or its one row (2019 template, and reports that still print it so). The clause: 三、本年度办理结果 of
 * section 三's table (国办公开办函〔2019〕60号, 〔2021〕30号), whose （七）总计 closes the results.
 *
 * <p>Where the items of （六） are printed they are used (its one row is then ignored); else its one
 * row. A column is checked only when every cell of the sum and the total are printed. The finding
 * stands at the （七）总计 cell with every cell of the sum as related positions; the message lists the
 * non-zero terms.
 */
public final class TotalHandledEqualsSumOfResults implements Rule {

  /** The id, also the diagnostic code. */
  public static final String ID = "applications-results-total";

  private static final List<ApplicationRow> OTHER_HANDLING_ITEMS = List.of(
      ApplicationRow.NO_AMENDMENT_IN_TIME, ApplicationRow.FEE_UNPAID, ApplicationRow.OTHER);

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
    return "each column of the applications table: （七）总计 = the sum of the result rows （一）…（六） (A3)";
  }

  @Override
  public void check(AnnualReport report, RuleContext context) {
    report.applications().ifPresent(a -> check(a, context));
  }

  /** The result rows whose sum is （七）总计, as this table prints （六）. */
  static List<ApplicationRow> resultRows(Applications a) {
    Map<ApplicationRow, Counts> present = a.rows();
    boolean items = false;
    for (ApplicationRow r : OTHER_HANDLING_ITEMS) {
      items |= present.containsKey(r);
    }
    boolean collapsed = !items && present.containsKey(ApplicationRow.OTHER_HANDLING_SUBTOTAL);
    List<ApplicationRow> rows = new ArrayList<>();
    for (ApplicationRow r : ApplicationRow.values()) {
      if (!r.isResult()) {
        continue;
      }
      if (r == ApplicationRow.OTHER_HANDLING_SUBTOTAL ? !collapsed
          : OTHER_HANDLING_ITEMS.contains(r) && collapsed) {
        continue;
      }
      rows.add(r);
    }
    return rows;
  }

  private static void check(Applications a, RuleContext context) {
    Counts handled = a.rows().get(ApplicationRow.TOTAL_HANDLED);
    if (handled == null) {
      return;
    }
    List<ApplicationRow> rows = resultRows(a);
    List<String> labels = null; // built once, on the first column with all cells printed
    for (ApplicantColumn c : ApplicantColumn.WITH_SUBTOTAL) {
      Optional<Located<Long>> total = c.get(handled);
      if (total.isEmpty()) {
        continue;
      }
      if (labels == null) {
        List<String> names = new ArrayList<>(rows.size());
        for (ApplicationRow r : rows) {
          names.add(Names.row(r));
        }
        labels = List.copyOf(names); // immutable: each column's Sum shares it, uncopied
      }
      Sum s = Sum.over(labels);
      for (ApplicationRow r : rows) {
        Counts counts = a.rows().get(r);
        s.add(counts == null ? Optional.empty() : c.get(counts));
      }
      if (!s.complete() || s.is(total.get().value())) {
        continue;
      }
      String terms = s.nonZeroExpression();
      String detail = terms.isEmpty() ? context.message(ID + ".all-zero", s.zeroTerms())
          : s.zeroTerms() == 0 ? terms : context.message(ID + ".rest-zero", terms, s.zeroTerms());
      context.report(Finding.builder()
          .message(context.message(ID, c.label(), total.get().value(), s.value(), detail))
          .span(total.get().span())
          .path(ApplicationRow.TOTAL_HANDLED.path() + "." + c.key())
          .addAllRelated(s.spans())
          .build());
    }
  }
}
