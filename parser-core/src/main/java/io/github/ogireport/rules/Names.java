package io.github.ogireport.rules;

import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.ReviewGroup;

/** How messages name rows and groups: as the template prints them, with their numbering. */
final class Names {

  /** {@link #printed} of each row, by ordinal: the rules name rows for every check, built once. */
  private static final String[] ROWS = new String[ApplicationRow.values().length];

  static {
    for (ApplicationRow r : ApplicationRow.values()) {
      ROWS[r.ordinal()] = printed(r);
    }
  }

  private Names() {}

  /** The row as printed, e.g. {@code （三）不予公开 1.属于国家秘密}, {@code （七）总计}. */
  static String row(ApplicationRow row) {
    return ROWS[row.ordinal()];
  }

  private static String printed(ApplicationRow row) {
    switch (row) {
      case NEWLY_RECEIVED: return "一、本年新收政府信息公开申请数量";
      case CARRIED_OVER: return "二、上年结转政府信息公开申请数量";
      case GRANTED: return "（一）予以公开";
      case PARTIALLY_GRANTED: return "（二）部分公开";
      case OTHER_HANDLING_SUBTOTAL: return "（六）其他处理";
      case TOTAL_HANDLED: return "（七）总计";
      case CARRIED_FORWARD: return "四、结转下年度继续办理";
      default:
        break;
    }
    ApplicationRow.Group group = row.group().orElseThrow();
    int index = 1;
    for (ApplicationRow r : ApplicationRow.values()) {
      if (r == row) {
        break;
      }
      if (r.group().equals(row.group())) {
        index++;
      }
    }
    return "（" + "三四五六".charAt(group.ordinal()) + "）" + group.label() + " " + index + "." + row.label();
  }

  /** The group of section 四 as printed, e.g. {@code 行政诉讼·复议后起诉}. */
  static String group(ReviewGroup group) {
    return group == ReviewGroup.ADMINISTRATIVE_REVIEW ? group.label() : "行政诉讼·" + group.label();
  }
}
