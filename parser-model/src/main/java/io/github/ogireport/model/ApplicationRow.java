package io.github.ogireport.model;

import java.util.Optional;

/**
 * The rows of the applications table (section 三, 收到和处理政府信息公开申请情况) in printed order, with
 * their JSON path under {@code applications} and their standard label. The 2021 template prints every
 * row but {@link #OTHER_HANDLING_SUBTOTAL} (25 rows); the 2019 template, and some later reports, print
 * （六）其他处理 as the one row {@link #OTHER_HANDLING_SUBTOTAL} instead of its three items (23 rows).
 */
public enum ApplicationRow {
  /** 一、本年新收政府信息公开申请数量. */
  NEWLY_RECEIVED(null, "newlyReceived", "本年新收政府信息公开申请数量"),
  /** 二、上年结转政府信息公开申请数量. */
  CARRIED_OVER(null, "carriedOver", "上年结转政府信息公开申请数量"),
  /** 三（一）予以公开. */
  GRANTED(null, "granted", "予以公开"),
  /** 三（二）部分公开. */
  PARTIALLY_GRANTED(null, "partiallyGranted", "部分公开（区分处理的，只计这一情形，不计其他情形）"),
  /** 三（三）1. 属于国家秘密. */
  STATE_SECRET(Group.WITHHELD, "stateSecret", "属于国家秘密"),
  /** 三（三）2. 其他法律行政法规禁止公开. */
  PROHIBITED_BY_LAW(Group.WITHHELD, "prohibitedByLaw", "其他法律行政法规禁止公开"),
  /** 三（三）3. 危及“三安全一稳定”. */
  SECURITY_AND_STABILITY(Group.WITHHELD, "securityAndStability", "危及“三安全一稳定”"),
  /** 三（三）4. 保护第三方合法权益. */
  THIRD_PARTY_RIGHTS(Group.WITHHELD, "thirdPartyRights", "保护第三方合法权益"),
  /** 三（三）5. 属于三类内部事务信息. */
  INTERNAL_AFFAIRS(Group.WITHHELD, "internalAffairs", "属于三类内部事务信息"),
  /** 三（三）6. 属于四类过程性信息. */
  DELIBERATIVE_PROCESS(Group.WITHHELD, "deliberativeProcess", "属于四类过程性信息"),
  /** 三（三）7. 属于行政执法案卷. */
  ENFORCEMENT_CASE_FILES(Group.WITHHELD, "enforcementCaseFiles", "属于行政执法案卷"),
  /** 三（三）8. 属于行政查询事项. */
  ADMINISTRATIVE_QUERY(Group.WITHHELD, "administrativeQuery", "属于行政查询事项"),
  /** 三（四）1. 本机关不掌握相关政府信息. */
  NOT_HELD(Group.UNABLE_TO_PROVIDE, "notHeld", "本机关不掌握相关政府信息"),
  /** 三（四）2. 没有现成信息需要另行制作. */
  NEEDS_CREATION(Group.UNABLE_TO_PROVIDE, "needsCreation", "没有现成信息需要另行制作"),
  /** 三（四）3. 补正后申请内容仍不明确. */
  UNCLEAR_AFTER_AMENDMENT(Group.UNABLE_TO_PROVIDE, "unclearAfterAmendment", "补正后申请内容仍不明确"),
  /** 三（五）1. 信访举报投诉类申请. */
  COMPLAINT_OR_PETITION(Group.NOT_PROCESSED, "complaintOrPetition", "信访举报投诉类申请"),
  /** 三（五）2. 重复申请. */
  REPEATED(Group.NOT_PROCESSED, "repeated", "重复申请"),
  /** 三（五）3. 要求提供公开出版物. */
  PUBLICATION_REQUESTED(Group.NOT_PROCESSED, "publicationRequested", "要求提供公开出版物"),
  /** 三（五）4. 无正当理由大量反复申请. */
  EXCESSIVE(Group.NOT_PROCESSED, "excessive", "无正当理由大量反复申请"),
  /** 三（五）5. 要求行政机关确认或重新出具已获取信息. */
  CONFIRMATION_REQUESTED(Group.NOT_PROCESSED, "confirmationRequested", "要求行政机关确认或重新出具已获取信息"),
  /** 三（六）1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请. */
  NO_AMENDMENT_IN_TIME(Group.OTHER_HANDLING, "noAmendmentInTime",
      "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
  /** 三（六）2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请. */
  FEE_UNPAID(Group.OTHER_HANDLING, "feeUnpaid", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
  /** 三（六）3. 其他. */
  OTHER(Group.OTHER_HANDLING, "other", "其他"),
  /** 三（六）其他处理 printed as one row (2019 template, and some later reports). */
  OTHER_HANDLING_SUBTOTAL(Group.OTHER_HANDLING, "subtotal", "其他处理"),
  /** 三（七）总计. */
  TOTAL_HANDLED(null, "totalHandled", "总计"),
  /** 四、结转下年度继续办理. */
  CARRIED_FORWARD(null, "carriedForward", "结转下年度继续办理");

  /** The groups of result rows that the JSON nests. */
  public enum Group {
    /** （三）不予公开. */
    WITHHELD("withheld", "不予公开"),
    /** （四）无法提供. */
    UNABLE_TO_PROVIDE("unableToProvide", "无法提供"),
    /** （五）不予处理. */
    NOT_PROCESSED("notProcessed", "不予处理"),
    /** （六）其他处理. */
    OTHER_HANDLING("otherHandling", "其他处理");

    private final String key;
    private final String label;

    Group(String key, String label) {
      this.key = key;
      this.label = label;
    }

    /** JSON key under {@code applications}. */
    public String key() {
      return key;
    }

    /** Standard label. */
    public String label() {
      return label;
    }
  }

  private final Group group;
  private final String key;
  private final String label;
  private final String path;

  ApplicationRow(Group group, String key, String label) {
    this.group = group;
    this.key = key;
    this.label = label;
    this.path = group == null ? "applications." + key : "applications." + group.key() + "." + key;
  }

  /** The group the JSON nests this row in, if any. */
  public Optional<Group> group() {
    return Optional.ofNullable(group);
  }

  /** The JSON key within its group (or within {@code applications}). */
  public String key() {
    return key;
  }

  /** The dotted JSON path, e.g. {@code applications.withheld.stateSecret}. */
  public String path() {
    return path;
  }

  /** The standard label of the 2021 template, without its numbering. */
  public String label() {
    return label;
  }

  /**
   * The label with its numbering as the 2021 template prints it, e.g. {@code 四、结转下年度继续办理},
   * {@code （七）总计}, {@code （三）1.属于国家秘密}.
   */
  public String numberedLabel() {
    switch (this) {
      case NEWLY_RECEIVED: return "一、" + label;
      case CARRIED_OVER: return "二、" + label;
      case GRANTED: return "（一）" + label;
      case PARTIALLY_GRANTED: return "（二）" + label;
      case OTHER_HANDLING_SUBTOTAL: return "（六）" + label;
      case TOTAL_HANDLED: return "（七）" + label;
      case CARRIED_FORWARD: return "四、" + label;
      default:
        int first = ordinal();
        while (first > 0 && values()[first - 1].group == group) {
          first--;
        }
        return "（" + "三四五六".charAt(group.ordinal()) + "）" + (ordinal() - first + 1) + "." + label;
    }
  }

  /** True for the rows （一）…（六）: the rows whose sum is （七）总计 (A3). */
  public boolean isResult() {
    return ordinal() >= GRANTED.ordinal() && ordinal() <= OTHER_HANDLING_SUBTOTAL.ordinal();
  }

  /** This row of {@code applications}, if present. */
  public Optional<Counts> get(Applications applications) {
    return applications.row(this);
  }
}
