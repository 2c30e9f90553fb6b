package io.github.ogireport.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of the six numbered sections as found in the input, in document order.
 */
@Value.Immutable
public interface Section {

  /** 1–6 as printed (一…六). */
  int number();

  /** The heading text without its number and decoration, e.g. {@code 总体情况}. */
  String heading();

  /** The body as plain text, tables included as they were printed (normalised line ends). */
  String text();

  /** Where the heading stands. Not part of equality. */
  @Value.Auxiliary
  Optional<SourceSpan> span();

  /** 1-based line of the heading, if known. */
  default Optional<Integer> line() {
    return span().map(SourceSpan::line);
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Section}. */
  class Builder extends ImmutableSection.Builder {}
}
