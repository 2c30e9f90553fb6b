package io.github.ogireport.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Section 四, 政府信息公开行政复议、行政诉讼情况: one row of 15 cells in three groups of five. */
@Value.Immutable
public interface ReviewsAndLawsuits {

  /** 行政复议. */
  @Value.Default
  default Outcome administrativeReview() {
    return Outcome.builder().build();
  }

  /** 行政诉讼 · 未经复议直接起诉. */
  @Value.Default
  default Outcome lawsuitWithoutReview() {
    return Outcome.builder().build();
  }

  /** 行政诉讼 · 复议后起诉. */
  @Value.Default
  default Outcome lawsuitAfterReview() {
    return Outcome.builder().build();
  }

  /** Where the data row stands. Not part of equality. */
  @Value.Auxiliary
  Optional<SourceSpan> span();

  /** The group {@code group}. */
  default Outcome group(ReviewGroup group) {
    return group.get(this);
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReviewsAndLawsuits}. */
  class Builder extends ImmutableReviewsAndLawsuits.Builder {

    /** Sets the group {@code group}. */
    public Builder set(ReviewGroup group, Outcome outcome) {
      switch (group) {
        case ADMINISTRATIVE_REVIEW: return administrativeReview(outcome);
        case LAWSUIT_WITHOUT_REVIEW: return lawsuitWithoutReview(outcome);
        case LAWSUIT_AFTER_REVIEW: return lawsuitAfterReview(outcome);
        default: throw new AssertionError(group);
      }
    }
  }
}
