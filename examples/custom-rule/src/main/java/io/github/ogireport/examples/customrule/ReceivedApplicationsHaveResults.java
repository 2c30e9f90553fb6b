package io.github.ogireport.examples.customrule;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Severity;
import io.github.ogireport.rules.Finding;
import io.github.ogireport.rules.Rule;
import io.github.ogireport.rules.RuleContext;
import java.util.Optional;

/**
 * An agency that received applications reports at least one result: when 一、本年新收政府信息公开申请数量
 * 总计 is above 0, 三（七）总计 总计 is above 0 too. The template allows every new application to be carried
 * forward (一 + 二 = （七）+ 四 still holds), but a year in which none was answered deserves a look.
 *
 * <p>A user rule: stateless, thread-safe, with a stable id, a default severity and a one-line
 * description. It brings its own messages (the built-in bundle is for built-in rules), in Chinese
 * when {@link RuleContext#locale()} is Chinese. Register it with
 * {@code ReportParser.builder().addRule(new ReceivedApplicationsHaveResults())}, or list it in
 * {@code META-INF/services/io.github.ogireport.rules.Rule} (as this module does) and build the
 * parser with {@code ReportParser.builder().discoverRules()}.
 */
public final class ReceivedApplicationsHaveResults implements Rule {

  /** The id, also the diagnostic code. */
  public static final String ID = "received-without-results";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "an agency that received applications (一 > 0) reports at least one result (（七）总计 > 0)";
  }

  @Override
  public void check(AnnualReport report, RuleContext context) {
    Optional<Located<Long>> received = report.applications()
        .flatMap(a -> a.row(ApplicationRow.NEWLY_RECEIVED)).flatMap(Counts::total);
    Optional<Located<Long>> handled = report.applications()
        .flatMap(a -> a.row(ApplicationRow.TOTAL_HANDLED)).flatMap(Counts::total);
    if (received.isEmpty() || handled.isEmpty()) {
      return; // absent is not 0: nothing to say
    }
    if (received.get().value() > 0 && handled.get().value() == 0) {
      String message = "zh".equals(context.locale().getLanguage())
          ? "本年新收申请 " + received.get().value() + " 件，而（七）总计为 0：没有答复任何申请"
          : received.get().value() + " applications received (一), but （七）总计 is 0: none was answered";
      context.report(Finding.builder()
          .message(message)
          .span(handled.get().span())
          .path(ApplicationRow.TOTAL_HANDLED.path() + ".total")
          .addAllRelated(received.get().span().stream().toList())
          .build());
    }
  }
}
