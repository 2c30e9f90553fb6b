package io.github.ogireport.model;

import java.util.function.Function;

/** The three groups of section 四 (政府信息公开行政复议、行政诉讼情况), in printed order. */
public enum ReviewGroup {
  /** 行政复议. */
  ADMINISTRATIVE_REVIEW("administrativeReview", "行政复议", ReviewsAndLawsuits::administrativeReview),
  /** 行政诉讼 · 未经复议直接起诉. */
  LAWSUIT_WITHOUT_REVIEW("lawsuitWithoutReview", "未经复议直接起诉", ReviewsAndLawsuits::lawsuitWithoutReview),
  /** 行政诉讼 · 复议后起诉. */
  LAWSUIT_AFTER_REVIEW("lawsuitAfterReview", "复议后起诉", ReviewsAndLawsuits::lawsuitAfterReview);

  private final String key;
  private final String label;
  private final Function<ReviewsAndLawsuits, Outcome> getter;

  ReviewGroup(String key, String label, Function<ReviewsAndLawsuits, Outcome> getter) {
    this.key = key;
    this.label = label;
    this.getter = getter;
  }

  /** JSON key under {@code reviewsAndLawsuits}. */
  public String key() {
    return key;
  }

  /** Printed label. */
  public String label() {
    return label;
  }

  /** The dotted JSON path of {@code field} in this group. */
  public String path(OutcomeField field) {
    return "reviewsAndLawsuits." + key + "." + field.key();
  }

  /** This group of {@code section}. */
  public Outcome get(ReviewsAndLawsuits section) {
    return getter.apply(section);
  }
}
