package io.github.ogireport.rules;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Applications;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A1, per column of the applications table: 一、本年新收 + 二、上年结转 = 三（七）总计 + 四、结转下年度继续办理.
 * The clause: the header note of section 三's table in both templates (国办公开办函〔2019〕60号,
 * 〔2021〕30号), 「本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和」.
 *
 * <p>A column is checked only when all four of its cells are printed. The finding stands at the
 * 四、结转下年度继续办理 cell — the balance the relation determines (四 = 一 + 二 − （七）) — with the other
 * three cells as related positions.
 */
public final class IntakeEqualsHandledPlusForwarded implements Rule {

  /** The id, also the diagnostic code. */
  public static final String ID = "applications-balance";

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
    return "each column of the applications table: 一 + 二 = （七）总计 + 四 (A1)";
  }

  @Override
  public void check(AnnualReport report, RuleContext context) {
    report.applications().ifPresent(a -> check(a, context));
  }

  private static void check(Applications a, RuleContext context) {
    for (ApplicantColumn c : ApplicantColumn.WITH_SUBTOTAL) {
      Optional<Located<Long>> received = cell(a, ApplicationRow.NEWLY_RECEIVED, c);
      Optional<Located<Long>> carriedOver = cell(a, ApplicationRow.CARRIED_OVER, c);
      Optional<Located<Long>> handled = cell(a, ApplicationRow.TOTAL_HANDLED, c);
      Optional<Located<Long>> forwarded = cell(a, ApplicationRow.CARRIED_FORWARD, c);
      if (received.isEmpty() || carriedOver.isEmpty() || handled.isEmpty() || forwarded.isEmpty()) {
        continue;
      }
      // exact: counts near the range of long add up beyond it
      java.math.BigInteger in = java.math.BigInteger.valueOf(received.get().value())
          .add(java.math.BigInteger.valueOf(carriedOver.get().value()));
      java.math.BigInteger out = java.math.BigInteger.valueOf(handled.get().value())
          .add(java.math.BigInteger.valueOf(forwarded.get().value()));
      if (in.equals(out)) {
        continue;
      }
      List<SourceSpan> related = new ArrayList<>();
      received.get().span().ifPresent(related::add);
      carriedOver.get().span().ifPresent(related::add);
      handled.get().span().ifPresent(related::add);
      context.report(Finding.builder()
          .message(context.message(ID, c.label(), received.get().value(), carriedOver.get().value(), in,
              handled.get().value(), forwarded.get().value(), out))
          .span(forwarded.get().span())
          .path(ApplicationRow.CARRIED_FORWARD.path() + "." + c.key())
          .addAllRelated(related)
          .build());
    }
  }

  private static Optional<Located<Long>> cell(Applications a, ApplicationRow row, ApplicantColumn c) {
    Counts counts = a.rows().get(row);
    return counts == null ? Optional.empty() : c.get(counts);
  }
}
