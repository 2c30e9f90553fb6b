package io.github.ogireport.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/** The value columns of section 二's tables, across both templates. */
public enum DisclosureField {
  /** 本年制发件数 (2021). */
  ISSUED("issued", "本年制发件数", Kind.COUNT, DisclosureRow::issued),
  /** 本年废止件数 (2021). */
  REPEALED("repealed", "本年废止件数", Kind.COUNT, DisclosureRow::repealed),
  /** 现行有效件数 (2021). */
  IN_FORCE("inForce", "现行有效件数", Kind.COUNT, DisclosureRow::inForce),
  /** 本年新制作数量 (2019). */
  NEWLY_MADE("newlyMade", "本年新制作数量", Kind.COUNT, DisclosureRow::newlyMade),
  /** 本年新公开数量 (2019). */
  NEWLY_PUBLISHED("newlyPublished", "本年新公开数量", Kind.COUNT, DisclosureRow::newlyPublished),
  /** 对外公开总数量 (2019). */
  TOTAL_PUBLISHED("totalPublished", "对外公开总数量", Kind.COUNT, DisclosureRow::totalPublished),
  /** 本年处理决定数量 (2021), 处理决定数量 (2019). */
  DECISIONS("decisions", "本年处理决定数量", Kind.COUNT, DisclosureRow::decisions),
  /** 上一年项目数量 (2019). */
  PREVIOUS_YEAR_ITEMS("previousYearItems", "上一年项目数量", Kind.COUNT, DisclosureRow::previousYearItems),
  /** 本年增/减 (2019): may be negative. */
  CHANGE_THIS_YEAR("changeThisYear", "本年增/减", Kind.SIGNED_COUNT, DisclosureRow::changeThisYear),
  /** 采购项目数量 (2019). */
  PROJECTS("projects", "采购项目数量", Kind.COUNT, DisclosureRow::projects),
  /** 本年收费金额（单位：万元） (2021): decimal 万元. */
  AMOUNT("amount", "本年收费金额（单位：万元）", Kind.AMOUNT, DisclosureRow::amount),
  /** 采购总金额 (2019), converted to 元. */
  AMOUNT_YUAN("amountYuan", "采购总金额", Kind.AMOUNT, DisclosureRow::amountYuan);

  /** What kind of number a field holds. */
  public enum Kind {
    /** A count, an integer ≥ 0. */
    COUNT,
    /** An integer that may be negative (本年增/减). */
    SIGNED_COUNT,
    /** A decimal amount ≥ 0. */
    AMOUNT
  }

  private final String key;
  private final String label;
  private final Kind kind;
  private final Function<DisclosureRow, ? extends Optional<? extends Located<? extends Number>>> getter;

  DisclosureField(String key, String label, Kind kind,
      Function<DisclosureRow, ? extends Optional<? extends Located<? extends Number>>> getter) {
    this.key = key;
    this.label = label;
    this.kind = kind;
    this.getter = getter;
  }

  /** JSON key. */
  public String key() {
    return key;
  }

  /** Standard column label. */
  public String label() {
    return label;
  }

  /** What kind of number the field holds. */
  public Kind kind() {
    return kind;
  }

  /** This field's value in {@code row}, as a decimal, if printed. */
  public Optional<BigDecimal> decimal(DisclosureRow row) {
    return located(row).map(l -> toDecimal(l.value()));
  }

  /** This field's located value in {@code row}, if printed. */
  public Optional<? extends Located<? extends Number>> located(DisclosureRow row) {
    return getter.apply(row);
  }

  private static BigDecimal toDecimal(Number n) {
    return n instanceof BigDecimal ? (BigDecimal) n : BigDecimal.valueOf(n.longValue());
  }
}
