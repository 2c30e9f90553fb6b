package io.github.ogireport.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the applications table: a count per applicant column. A cell the report does not
 * print (blank, lost in extraction) is empty, never zero. {@link ApplicantColumn#get} reads a cell by
 * column.
 */
@Value.Immutable
public interface Counts {

  /** 自然人. */
  Optional<Located<Long>> naturalPerson();

  /** 法人或其他组织 · 商业企业. */
  Optional<Located<Long>> commercialEnterprise();

  /** 法人或其他组织 · 科研机构. */
  Optional<Located<Long>> researchInstitution();

  /** 法人或其他组织 · 社会公益组织. */
  Optional<Located<Long>> publicWelfareOrganization();

  /** 法人或其他组织 · 法律服务机构. */
  Optional<Located<Long>> legalServiceAgency();

  /** 法人或其他组织 · 其他. */
  Optional<Located<Long>> otherOrganization();

  /** 法人或其他组织 · 小计: present only where the row prints it. */
  Optional<Located<Long>> legalPersonSubtotal();

  /** 总计. */
  Optional<Located<Long>> total();

  /** Where the row stands (its label). Not part of equality. */
  @Value.Auxiliary
  Optional<SourceSpan> span();

  /** The value of {@code column}, if printed. */
  default Optional<Long> value(ApplicantColumn column) {
    return column.get(this).map(Located::value);
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Counts}. */
  class Builder extends ImmutableCounts.Builder {

    /** Sets {@code column} to {@code value}. */
    public Builder set(ApplicantColumn column, Located<Long> value) {
      switch (column) {
        case NATURAL_PERSON: return naturalPerson(value);
        case COMMERCIAL_ENTERPRISE: return commercialEnterprise(value);
        case RESEARCH_INSTITUTION: return researchInstitution(value);
        case PUBLIC_WELFARE_ORGANIZATION: return publicWelfareOrganization(value);
        case LEGAL_SERVICE_AGENCY: return legalServiceAgency(value);
        case OTHER_ORGANIZATION: return otherOrganization(value);
        case LEGAL_PERSON_SUBTOTAL: return legalPersonSubtotal(value);
        case TOTAL: return total(value);
        default: throw new AssertionError(column);
      }
    }
  }
}
