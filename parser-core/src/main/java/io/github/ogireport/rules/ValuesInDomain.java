package io.github.ogireport.rules;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.DisclosureField;
import io.github.ogireport.model.DisclosureItem;
import io.github.ogireport.model.DisclosureRow;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Outcome;
import io.github.ogireport.model.OutcomeField;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.Severity;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A5: every count is an integer ≥ 0 (the cells of section 三's table, of section 四, and the count
 * columns of section 二), every amount (本年收费金额 in 万元, 采购总金额) is ≥ 0; only 本年增/减 of the 2019
 * template may be negative. The clause: the tables of both templates (国办公开办函〔2019〕60号,
 * 〔2021〕30号) count documents, decisions, applications and cases, and state fees and purchases in
 * money; 本年增/减 (2019, 第二十条第（五）（六）（八）项) is the only column that states a change.
 *
 * <p>That a count is an integer is already enforced when the cell is read (a count cell such as
 * {@code 2.5} is reported as {@code cell-invalid} and left absent), so this rule looks for negative
 * values. Each finding stands at the cell.
 */
public final class ValuesInDomain implements Rule {

  /** The id, also the diagnostic code. */
  public static final String ID = "value-domain";

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
    return "counts are integers ≥ 0 and amounts ≥ 0; only the 2019 template's 本年增/减 may be negative (A5)";
  }

  @Override
  public void check(AnnualReport report, RuleContext context) {
    report.activeDisclosure().ifPresent(d -> {
      for (DisclosureItem item : DisclosureItem.values()) {
        Optional<DisclosureRow> row = d.item(item);
        if (row.isEmpty()) {
          continue;
        }
        for (DisclosureField f : DisclosureField.values()) {
          if (f.kind() == DisclosureField.Kind.SIGNED_COUNT) {
            continue;
          }
          Optional<? extends Located<? extends Number>> cell = f.located(row.get());
          if (cell.isPresent() && signum(cell.get().value()) < 0) {
            BigDecimal value = f.decimal(row.get()).orElseThrow();
            String key = f.kind() == DisclosureField.Kind.AMOUNT ? ID + ".amount" : ID + ".count";
            context.report(Finding.builder()
                .message(context.message(key, item.label() + " · " + f.label(), value.toPlainString()))
                .span(cell.get().span())
                .path(item.path(f))
                .build());
          }
        }
      }
    });
    report.applications().ifPresent(a -> {
      for (ApplicationRow r : ApplicationRow.values()) {
        Counts counts = a.rows().get(r);
        if (counts == null) {
          continue;
        }
        for (ApplicantColumn c : ApplicantColumn.WITH_SUBTOTAL) {
          Optional<Located<Long>> cell = c.get(counts);
          if (isNegative(cell)) {
            report(cell.get(), Names.row(r) + " · " + c.label(), r.path() + "." + c.key(), context);
          }
        }
      }
    });
    report.reviewsAndLawsuits().ifPresent(s -> {
      for (ReviewGroup g : ReviewGroup.values()) {
        Outcome o = s.group(g);
        for (OutcomeField f : OutcomeField.values()) {
          Optional<Located<Long>> cell = f.get(o);
          if (isNegative(cell)) {
            report(cell.get(), Names.group(g) + " · " + f.label(), g.path(f), context);
          }
        }
      }
    });
  }

  /** The sign of a count ({@code Long}) or amount ({@code BigDecimal}), without converting it. */
  private static int signum(Number n) {
    return n instanceof BigDecimal ? ((BigDecimal) n).signum() : Long.signum(n.longValue());
  }

  /** True if {@code cell} is printed and below zero (the only case reported: name and path are built then). */
  private static boolean isNegative(Optional<Located<Long>> cell) {
    return cell.isPresent() && cell.get().value() < 0;
  }

  /** Reports the negative count {@code cell}, named {@code name}, at {@code path}. */
  private static void report(Located<Long> cell, String name, String path, RuleContext context) {
    context.report(Finding.builder()
        .message(context.message(ID + ".count", name, cell.value()))
        .span(cell.span())
        .path(path)
        .build());
  }
}
