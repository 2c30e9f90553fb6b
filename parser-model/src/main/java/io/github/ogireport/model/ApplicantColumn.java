package io.github.ogireport.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The columns of the applications table (section 三), in printed order: 自然人, the five kinds of
 * 法人或其他组织, their 小计 (printed by some reports only) and 总计.
 */
public enum ApplicantColumn {
  /** 自然人. */
  NATURAL_PERSON("naturalPerson", "自然人", Counts::naturalPerson),
  /** 商业企业. */
  COMMERCIAL_ENTERPRISE("commercialEnterprise", "商业企业", Counts::commercialEnterprise),
  /** 科研机构. */
  RESEARCH_INSTITUTION("researchInstitution", "科研机构", Counts::researchInstitution),
  /** 社会公益组织. */
  PUBLIC_WELFARE_ORGANIZATION("publicWelfareOrganization", "社会公益组织", Counts::publicWelfareOrganization),
  /** 法律服务机构. */
  LEGAL_SERVICE_AGENCY("legalServiceAgency", "法律服务机构", Counts::legalServiceAgency),
  /** 其他 (other organisations). */
  OTHER_ORGANIZATION("otherOrganization", "其他", Counts::otherOrganization),
  /** 法人或其他组织 小计: only some reports print it. */
  LEGAL_PERSON_SUBTOTAL("legalPersonSubtotal", "小计", Counts::legalPersonSubtotal),
  /** 总计. */
  TOTAL("total", "总计", Counts::total);

  /** The five 法人或其他组织 columns, in order. */
  public static final List<ApplicantColumn> ORGANIZATIONS = List.of(
      COMMERCIAL_ENTERPRISE, RESEARCH_INSTITUTION, PUBLIC_WELFARE_ORGANIZATION, LEGAL_SERVICE_AGENCY,
      OTHER_ORGANIZATION);

  /** The six applicant columns whose sum is the row total (A2). */
  public static final List<ApplicantColumn> APPLICANTS = List.of(
      NATURAL_PERSON, COMMERCIAL_ENTERPRISE, RESEARCH_INSTITUTION, PUBLIC_WELFARE_ORGANIZATION,
      LEGAL_SERVICE_AGENCY, OTHER_ORGANIZATION);

  /** The seven columns every report prints, in order (without the subtotal). */
  public static final List<ApplicantColumn> STANDARD = List.of(
      NATURAL_PERSON, COMMERCIAL_ENTERPRISE, RESEARCH_INSTITUTION, PUBLIC_WELFARE_ORGANIZATION,
      LEGAL_SERVICE_AGENCY, OTHER_ORGANIZATION, TOTAL);

  /** The eight columns of a table that prints the subtotal, in order. */
  public static final List<ApplicantColumn> WITH_SUBTOTAL = List.of(values());

  private final String key;
  private final String label;
  private final Function<Counts, Optional<Located<Long>>> getter;

  ApplicantColumn(String key, String label, Function<Counts, Optional<Located<Long>>> getter) {
    this.key = key;
    this.label = label;
    this.getter = getter;
  }

  /** The JSON key, e.g. {@code naturalPerson}. */
  public String key() {
    return key;
  }

  /** The printed column label, e.g. {@code 自然人}. */
  public String label() {
    return label;
  }

  /** This column's cell of {@code counts}. */
  public Optional<Located<Long>> get(Counts counts) {
    return getter.apply(counts);
  }
}
