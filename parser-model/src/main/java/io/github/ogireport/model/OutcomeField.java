package io.github.ogireport.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The five cells of each group of section 四, in printed order. */
public enum OutcomeField {
  /** 结果维持. */
  UPHELD("upheld", "结果维持", Outcome::upheld),
  /** 结果纠正. */
  CORRECTED("corrected", "结果纠正", Outcome::corrected),
  /** 其他结果. */
  OTHER("other", "其他结果", Outcome::other),
  /** 尚未审结. */
  PENDING("pending", "尚未审结", Outcome::pending),
  /** 总计. */
  TOTAL("total", "总计", Outcome::total);

  /** The four parts whose sum is the group's total (A4). */
  public static final List<OutcomeField> PARTS = List.of(UPHELD, CORRECTED, OTHER, PENDING);

  private final String key;
  private final String label;
  private final Function<Outcome, Optional<Located<Long>>> getter;

  OutcomeField(String key, String label, Function<Outcome, Optional<Located<Long>>> getter) {
    this.key = key;
    this.label = label;
    this.getter = getter;
  }

  /** JSON key. */
  public String key() {
    return key;
  }

  /** Printed label. */
  public String label() {
    return label;
  }

  /** This field of {@code outcome}. */
  public Optional<Located<Long>> get(Outcome outcome) {
    return getter.apply(outcome);
  }
}
