package io.github.ogireport.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of section 二's tables. Which fields a row has depends on its {@link DisclosureItem} and
 * the template ({@link DisclosureItem#fields(TemplateVersion)}); the others are empty.
 */
@Value.Immutable
public interface DisclosureRow {

  /** 本年制发件数 (2021). */
  Optional<Located<Long>> issued();

  /** 本年废止件数 (2021). */
  Optional<Located<Long>> repealed();

  /** 现行有效件数 (2021). */
  Optional<Located<Long>> inForce();

  /** 本年新制作数量 (2019). */
  Optional<Located<Long>> newlyMade();

  /** 本年新公开数量 (2019). */
  Optional<Located<Long>> newlyPublished();

  /** 对外公开总数量 (2019). */
  Optional<Located<Long>> totalPublished();

  /** 本年处理决定数量. */
  Optional<Located<Long>> decisions();

  /** 上一年项目数量 (2019). */
  Optional<Located<Long>> previousYearItems();

  /** 本年增/减 (2019), may be negative. */
  Optional<Located<Long>> changeThisYear();

  /** 采购项目数量 (2019). */
  Optional<Located<Long>> projects();

  /** 本年收费金额 in 万元 (2021). */
  Optional<Located<BigDecimal>> amount();

  /** 采购总金额 converted to 元 (2019). */
  Optional<Located<BigDecimal>> amountYuan();

  /** Where the row stands. Not part of equality. */
  @Value.Auxiliary
  Optional<SourceSpan> span();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisclosureRow}. */
  class Builder extends ImmutableDisclosureRow.Builder {

    /** Sets an integer field. */
    public Builder setCount(DisclosureField field, Located<Long> value) {
      switch (field) {
        case ISSUED: return issued(value);
        case REPEALED: return repealed(value);
        case IN_FORCE: return inForce(value);
        case NEWLY_MADE: return newlyMade(value);
        case NEWLY_PUBLISHED: return newlyPublished(value);
        case TOTAL_PUBLISHED: return totalPublished(value);
        case DECISIONS: return decisions(value);
        case PREVIOUS_YEAR_ITEMS: return previousYearItems(value);
        case CHANGE_THIS_YEAR: return changeThisYear(value);
        case PROJECTS: return projects(value);
        default: throw new IllegalArgumentException(field + " is not a count");
      }
    }

    /** Sets a decimal field. */
    public Builder setAmount(DisclosureField field, Located<BigDecimal> value) {
      switch (field) {
        case AMOUNT: return amount(value);
        case AMOUNT_YUAN: return amountYuan(value);
        default: throw new IllegalArgumentException(field + " is not an amount");
      }
    }
  }
}
