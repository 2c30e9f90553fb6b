package io.github.ogireport.model;

import java.util.Optional;
import org.immutables.value.Value;

/** One group of section 四: the results of reviews or of lawsuits of one kind. */
@Value.Immutable
public interface Outcome {

  /** 结果维持. */
  Optional<Located<Long>> upheld();

  /** 结果纠正. */
  Optional<Located<Long>> corrected();

  /** 其他结果. */
  Optional<Located<Long>> other();

  /** 尚未审结. */
  Optional<Located<Long>> pending();

  /** 总计. */
  Optional<Located<Long>> total();

  /** The value of {@code field}, if printed. */
  default Optional<Long> value(OutcomeField field) {
    return field.get(this).map(Located::value);
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Outcome}. */
  class Builder extends ImmutableOutcome.Builder {

    /** Sets {@code field} to {@code value}. */
    public Builder set(OutcomeField field, Located<Long> value) {
      switch (field) {
        case UPHELD: return upheld(value);
        case CORRECTED: return corrected(value);
        case OTHER: return other(value);
        case PENDING: return pending(value);
        case TOTAL: return total(value);
        default: throw new AssertionError(field);
      }
    }
  }
}
