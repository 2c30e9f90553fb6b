package io.github.ogireport.model;

import java.util.List;

/** The rows of section 二 (主动公开政府信息情况) across both templates, in printed order. */
public enum DisclosureItem {
  /** 规章 (第二十条第（一）项). */
  REGULATIONS("regulations", "规章", 1,
      List.of(DisclosureField.ISSUED, DisclosureField.REPEALED, DisclosureField.IN_FORCE),
      List.of(DisclosureField.NEWLY_MADE, DisclosureField.NEWLY_PUBLISHED, DisclosureField.TOTAL_PUBLISHED)),
  /** 行政规范性文件 (2019: 规范性文件). */
  NORMATIVE_DOCUMENTS("normativeDocuments", "行政规范性文件", 1,
      List.of(DisclosureField.ISSUED, DisclosureField.REPEALED, DisclosureField.IN_FORCE),
      List.of(DisclosureField.NEWLY_MADE, DisclosureField.NEWLY_PUBLISHED, DisclosureField.TOTAL_PUBLISHED)),
  /** 行政许可 (第二十条第（五）项). */
  LICENSING("licensing", "行政许可", 5,
      List.of(DisclosureField.DECISIONS),
      List.of(DisclosureField.PREVIOUS_YEAR_ITEMS, DisclosureField.CHANGE_THIS_YEAR, DisclosureField.DECISIONS)),
  /** 其他对外管理服务事项 (2019 only). */
  OTHER_EXTERNAL_SERVICES("otherExternalServices", "其他对外管理服务事项", 5,
      List.of(),
      List.of(DisclosureField.PREVIOUS_YEAR_ITEMS, DisclosureField.CHANGE_THIS_YEAR, DisclosureField.DECISIONS)),
  /** 行政处罚 (第二十条第（六）项). */
  PENALTY("penalty", "行政处罚", 6,
      List.of(DisclosureField.DECISIONS),
      List.of(DisclosureField.PREVIOUS_YEAR_ITEMS, DisclosureField.CHANGE_THIS_YEAR, DisclosureField.DECISIONS)),
  /** 行政强制. */
  COMPULSION("compulsion", "行政强制", 6,
      List.of(DisclosureField.DECISIONS),
      List.of(DisclosureField.PREVIOUS_YEAR_ITEMS, DisclosureField.CHANGE_THIS_YEAR, DisclosureField.DECISIONS)),
  /** 行政事业性收费 (第二十条第（八）项). */
  FEES("fees", "行政事业性收费", 8,
      List.of(DisclosureField.AMOUNT),
      List.of(DisclosureField.PREVIOUS_YEAR_ITEMS, DisclosureField.CHANGE_THIS_YEAR)),
  /** 政府集中采购 (2019 only, 第二十条第（九）项). */
  CENTRALIZED_PROCUREMENT("centralizedProcurement", "政府集中采购", 9,
      List.of(),
      List.of(DisclosureField.PROJECTS, DisclosureField.AMOUNT_YUAN));

  private final String key;
  private final String label;
  private final int clause;
  private final List<DisclosureField> fields2021;
  private final List<DisclosureField> fields2019;

  DisclosureItem(String key, String label, int clause, List<DisclosureField> fields2021,
      List<DisclosureField> fields2019) {
    this.key = key;
    this.label = label;
    this.clause = clause;
    this.fields2021 = fields2021;
    this.fields2019 = fields2019;
  }

  /** JSON key under {@code activeDisclosure}. */
  public String key() {
    return key;
  }

  /** Standard label (2021 template). */
  public String label() {
    return label;
  }

  /** The item of 第二十条 whose table holds this row: 1, 5, 6, 8 or 9. */
  public int clause() {
    return clause;
  }

  /** The value columns of this row in {@code template}, in printed order (2021 for unknown ones). */
  public List<DisclosureField> fields(TemplateVersion template) {
    return template == TemplateVersion.V2019 ? fields2019 : fields2021;
  }

  /** The dotted JSON path of {@code field} in this row. */
  public String path(DisclosureField field) {
    return "activeDisclosure." + key + "." + field.key();
  }
}
