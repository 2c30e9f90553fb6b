package io.github.ogireport.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Section 三's table, 收到和处理政府信息公开申请情况: one {@link Counts} per {@link ApplicationRow} found.
 * A row lost in extraction is absent from {@link #rows()}, never a row of zeros.
 */
@Value.Immutable
public interface Applications {

  /** True when the table prints a 法人或其他组织 小计 column in its header. */
  @Value.Default
  default boolean subtotalColumn() {
    return false;
  }

  /** The rows found, keyed by row. */
  Map<ApplicationRow, Counts> rows();

  /** Where the table stands (first to last row). Not part of equality. */
  @Value.Auxiliary
  Optional<SourceSpan> span();

  /** The row {@code row}, if the table has it. */
  default Optional<Counts> row(ApplicationRow row) {
    return Optional.ofNullable(rows().get(row));
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Applications}. */
  class Builder extends ImmutableApplications.Builder {}
}
