package io.github.ogireport.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A finding about the input: something missing, odd, repaired or inconsistent. Diagnostics are
 * values, never exceptions. {@link #code()} is a stable kebab-case id (one per rule or parse
 * condition, listed in the README); {@link #message()} is for people and may change between
 * versions and locales.
 */
@Value.Immutable
public interface Diagnostic {

  /** How serious the finding is. */
  Severity severity();

  /** Stable id, e.g. {@code applications-row-total}. */
  String code();

  /** Human-readable explanation, naming the cells and numbers involved. */
  String message();

  /** Where the problem is (the cell, row or heading concerned); empty for whole-document findings. */
  Optional<SourceSpan> span();

  /** Dotted JSON path of the value concerned, e.g. {@code applications.granted.total}. */
  Optional<String> path();

  /** Other places involved, e.g. every cell of a sum that does not hold. */
  List<SourceSpan> related();

  /** 1-based line of {@link #span()}, if any. */
  default Optional<Integer> line() {
    return span().map(SourceSpan::line);
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Diagnostic}. */
  class Builder extends ImmutableDiagnostic.Builder {}
}
