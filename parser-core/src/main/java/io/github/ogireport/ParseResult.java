package io.github.ogireport;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.OgiStyle;
import io.github.ogireport.model.Severity;
import java.util.List;
import org.immutables.value.Value;

/** What {@link ReportParser#parse} returns: the report as far as it could be read, and the diagnostics. */
@Value.Immutable
@OgiStyle
public interface ParseResult {

  /** The report. Values that could not be read are absent, never zero. */
  AnnualReport report();

  /** Everything missing, odd, repaired or inconsistent, in a deterministic order. */
  List<Diagnostic> diagnostics();

  /** True if any diagnostic is an {@link Severity#ERROR}. */
  default boolean hasErrors() {
    return diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** The diagnostics with code {@code code}. */
  default List<Diagnostic> diagnostics(String code) {
    return diagnostics().stream().filter(d -> d.code().equals(code)).collect(java.util.stream.Collectors.toList());
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ParseResult}. */
  class Builder extends ImmutableParseResult.Builder {}
}
