package io.github.ogireport.rules;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Severity;

/**
 * A validation rule: one small class named after the invariant it checks. Its {@link #id()} is the
 * {@code code} of the diagnostics it emits; users can disable it or change its severity by that id
 * through {@code ReportParser.builder()}. Implementations must be stateless and thread-safe: one rule
 * instance checks many reports, possibly at once.
 *
 * <p>To ship rules in a jar, implement this interface, list the classes in
 * {@code META-INF/services/io.github.ogireport.rules.Rule}, and build the parser with
 * {@code ReportParser.builder().discoverRules()}.
 */
public interface Rule {

  /** Stable kebab-case id, used as the diagnostic code, e.g. {@code applications-row-total}. */
  String id();

  /** Severity of its findings unless the user re-grades the rule. */
  Severity defaultSeverity();

  /** One line saying what the rule checks. */
  String description();

  /**
   * Checks {@code report}, reporting each problem through {@code context}. Must not throw; if it does,
   * the parser reports a {@code rule-failed} diagnostic instead of the rule's findings.
   */
  void check(AnnualReport report, RuleContext context);
}
