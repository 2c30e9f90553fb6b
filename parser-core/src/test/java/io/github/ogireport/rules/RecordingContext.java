package io.github.ogireport.rules;

import io.github.ogireport.internal.diag.Messages;
import io.github.ogireport.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A {@link RuleContext} for running one rule on a hand-built report: records the findings. */
final class RecordingContext implements RuleContext {

  final List<Finding> findings = new ArrayList<>();
  private final Locale locale;
  private final Severity severity;

  RecordingContext(Locale locale, Severity severity) {
    this.locale = locale;
    this.severity = severity;
  }

  RecordingContext() {
    this(Locale.ROOT, Severity.ERROR);
  }

  /** Runs {@code rule} on {@code report} with a fresh context; returns the findings. */
  static List<Finding> run(Rule rule, io.github.ogireport.model.AnnualReport report) {
    RecordingContext ctx = new RecordingContext();
    rule.check(report, ctx);
    return ctx.findings;
  }

  @Override
  public Locale locale() {
    return locale;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public void report(Finding finding) {
    findings.add(finding);
  }

  @Override
  public String message(String key, Object... args) {
    Messages m = Messages.of(locale);
    if (!m.has(key)) {
      throw new AssertionError("no message " + key);
    }
    return m.format(key, args);
  }
}
