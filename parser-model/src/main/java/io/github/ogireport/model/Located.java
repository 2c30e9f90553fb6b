package io.github.ogireport.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A value printed in the report, with where it was printed. The span is auxiliary: it does not take
 * part in {@code equals} and {@code hashCode}, so the same numbers read from differently laid out
 * text are equal. A value built by hand or recovered from the arithmetic may have no span of its own.
 *
 * @param <T> the value's type: {@code Long} for counts, {@code java.math.BigDecimal} for amounts,
 *     {@code String} for text, {@code Integer} for the year, {@code java.time.LocalDate} for dates
 */
@Value.Immutable
public interface Located<T> {

  /** The value as read. */
  T value();

  /** Where it was read; empty for values built by hand. Not part of equality. */
  @Value.Auxiliary
  Optional<SourceSpan> span();

  /** A value without a position. */
  static <T> Located<T> of(T value) {
    return ImmutableLocated.<T>builder().value(value).build();
  }

  /** A value printed at {@code span}. */
  static <T> Located<T> of(T value, SourceSpan span) {
    return ImmutableLocated.<T>builder().value(value).span(span).build();
  }

  /** A value at an optional position. */
  static <T> Located<T> of(T value, Optional<SourceSpan> span) {
    return ImmutableLocated.<T>builder().value(value).span(span).build();
  }
}
