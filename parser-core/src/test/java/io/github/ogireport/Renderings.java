package io.github.ogireport;

import io.github.ogireport.model.ApplicationRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders the tables of a report (sections 二, 三, 四) as text in the layouts users extract: tab rows,
 * one cell per line (pdftotext), one cell per line with some labels printed after their numbers
 * (pdftotext on a table whose label column is a separate text block, corpus 021), column by column
 * per page (pdfminer, corpus 024/025), and one cell per line ending in {@code |} (web copies, 050).
 * Written independently of the parser, from FORMAT.md, so that parse(render(tables)) = tables tests it.
 */
final class Renderings {

  /** The layouts. */
  enum Layout { TABS, CELLS, CELLS_LABELS_APART, COLUMNS, PIPE_CELLS }

  /** What is rendered: the applications rows (7 or 8 numbers each), section 四, section 二's values. */
  static final class Tables {
    final Map<ApplicationRow, long[]> rows = new LinkedHashMap<>();
    final boolean subtotal;
    final long[] reviews;
    /** 规章 ×3, 行政规范性文件 ×3, 行政许可, 行政处罚, 行政强制, 行政事业性收费 (the last as printed). */
    final String[] disclosure;

    Tables(boolean subtotal, long[] reviews, String[] disclosure) {
      this.subtotal = subtotal;
      this.reviews = reviews;
      this.disclosure = disclosure;
    }
  }

  private static final String[] CAPTIONS = {"第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"};
  private static final String[][] D_HEADERS = {{"本年制发件数", "本年废止件数", "现行有效件数"}, {"本年处理决定数量"},
      {"本年处理决定数量"}, {"本年收费金额（单位：万元）"}};
  private static final String[][] D_ROWS = {{"规章", "行政规范性文件"}, {"行政许可"}, {"行政处罚", "行政强制"}, {"行政事业性收费"}};
  private static final String[] REVIEW_HEADER = {"行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正",
      "其他结果", "尚未审结", "总计"};

  private Renderings() {}

  /** The standard label of {@code row} with its numbering, as the 2021 template prints it. */
  static String label(ApplicationRow row) {
    switch (row) {
      case NEWLY_RECEIVED: return "一、本年新收政府信息公开申请数量";
      case CARRIED_OVER: return "二、上年结转政府信息公开申请数量";
      case GRANTED: return "（一）予以公开";
      case PARTIALLY_GRANTED: return "（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
      case OTHER_HANDLING_SUBTOTAL: return "（六）其他处理";
      case TOTAL_HANDLED: return "（七）总计";
      case CARRIED_FORWARD: return "四、结转下年度继续办理";
      default:
        int n = 1;
        for (ApplicationRow r : ApplicationRow.values()) {
          if (r == row) {
            break;
          }
          if (r.group().equals(row.group()) && r != ApplicationRow.OTHER_HANDLING_SUBTOTAL) {
            n++;
          }
        }
        return n + "." + row.label();
    }
  }

  /** The group label printed before {@code row}, or null. */
  private static String groupBefore(ApplicationRow row) {
    switch (row) {
      case GRANTED: return "三、本年度办理结果";
      case STATE_SECRET: return "（三）不予公开";
      case NOT_HELD: return "（四）无法提供";
      case COMPLAINT_OR_PETITION: return "（五）不予处理";
      case NO_AMENDMENT_IN_TIME: return "（六）其他处理";
      default: return null;
    }
  }

  /** The whole report as text in {@code layout}; {@code apart} names the rows whose labels are printed after the table. */
  static String render(Tables t, Layout layout, Set<ApplicationRow> apart, int pageBreakRow) {
    StringBuilder sb = new StringBuilder();
    sb.append("测试局2022年政府信息公开工作年度报告\n\n一、总体情况\n本机关依法公开政府信息。\n\n二、主动公开政府信息情况\n");
    disclosure(sb, t, layout);
    sb.append("三、收到和处理政府信息公开申请情况\n");
    applications(sb, t, layout, apart, pageBreakRow);
    sb.append("四、政府信息公开行政复议、行政诉讼情况\n");
    reviews(sb, t, layout);
    sb.append("五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n");
    return sb.toString();
  }

  private static void cells(StringBuilder sb, Layout layout, List<String> cells) {
    switch (layout) {
      case TABS:
        sb.append(String.join("\t", cells)).append('\n');
        break;
      case PIPE_CELLS:
        for (String c : cells) {
          sb.append(c).append(" |\n");
        }
        break;
      default:
        for (String c : cells) {
          sb.append(c).append("\n\n");
        }
    }
  }

  private static void disclosure(StringBuilder sb, Tables t, Layout layout) {
    int v = 0;
    for (int table = 0; table < 4; table++) {
      cells(sb, layout, List.of(CAPTIONS[table]));
      List<String> header = new ArrayList<>();
      header.add("信息内容");
      header.addAll(List.of(D_HEADERS[table]));
      cells(sb, layout, header);
      int width = D_HEADERS[table].length;
      String[] rows = D_ROWS[table];
      if (layout == Layout.COLUMNS) {
        cells(sb, layout, List.of(rows));
        List<String> values = new ArrayList<>();
        for (int c = 0; c < width; c++) {
          for (int r = 0; r < rows.length; r++) {
            values.add(t.disclosure[v + r * width + c]);
          }
        }
        cells(sb, layout, values);
        v += rows.length * width;
        continue;
      }
      for (String row : rows) {
        List<String> line = new ArrayList<>();
        line.add(row);
        for (int c = 0; c < width; c++) {
          line.add(t.disclosure[v++]);
        }
        cells(sb, layout, line);
      }
    }
  }

  private static List<String> header(Tables t, Layout layout) {
    List<String> h = new ArrayList<>();
    h.add("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    h.add("申请人情况");
    h.add("自然人");
    h.add("法人或其他组织");
    h.add("总计");
    if (layout == Layout.TABS) {
      h.add("");
    }
    h.addAll(List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"));
    if (t.subtotal) {
      h.add("小计");
    }
    return h;
  }

  private static void applications(StringBuilder sb, Tables t, Layout layout, Set<ApplicationRow> apart, int pageBreak) {
    List<String> header = header(t, layout);
    if (layout == Layout.TABS) {
      sb.append(header.get(0)).append('\t').append(header.get(1)).append('\n');
      sb.append(String.join("\t", header.subList(2, 5))).append('\n');
      sb.append(String.join("\t", header.subList(5, header.size()))).append('\n');
    } else {
      cells(sb, layout, header);
    }
    List<ApplicationRow> rows = new ArrayList<>(t.rows.keySet());
    if (layout == Layout.COLUMNS) {
      int cut = Math.max(1, Math.min(pageBreak, rows.size() - 1));
      columnBlock(sb, t, rows.subList(0, cut));
      sb.append("- 3 -\n\n");
      columnBlock(sb, t, rows.subList(cut, rows.size()));
      return;
    }
    List<String> later = new ArrayList<>();
    for (ApplicationRow row : rows) {
      String group = groupBefore(row);
      boolean collapsedSix = row == ApplicationRow.OTHER_HANDLING_SUBTOTAL;
      if (group != null && !collapsedSix) {
        cells(sb, layout, List.of(group));
      }
      List<String> line = new ArrayList<>();
      boolean labelApart = layout == Layout.CELLS_LABELS_APART && apart.contains(row);
      if (labelApart) {
        later.add(label(row));
      } else {
        line.add(label(row));
      }
      for (long n : t.rows.get(row)) {
        line.add(Long.toString(n));
      }
      cells(sb, layout, line);
    }
    cells(sb, layout, later);
  }

  private static void columnBlock(StringBuilder sb, Tables t, List<ApplicationRow> rows) {
    List<String> labels = new ArrayList<>();
    for (ApplicationRow row : rows) {
      String group = groupBefore(row);
      if (group != null && row != ApplicationRow.OTHER_HANDLING_SUBTOTAL) {
        labels.add(group);
      }
      labels.add(label(row));
    }
    cells(sb, Layout.COLUMNS, labels);
    int width = t.rows.get(rows.get(0)).length;
    List<String> values = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      for (ApplicationRow row : rows) {
        values.add(Long.toString(t.rows.get(row)[c]));
      }
    }
    cells(sb, Layout.COLUMNS, values);
  }

  private static void reviews(StringBuilder sb, Tables t, Layout layout) {
    if (layout == Layout.TABS) {
      sb.append("行政复议\t行政诉讼\n\t未经复议直接起诉\t复议后起诉\n");
      sb.append("结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t"
          + "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n");
    } else {
      cells(sb, layout, List.of(REVIEW_HEADER));
    }
    List<String> values = new ArrayList<>();
    for (long n : t.reviews) {
      values.add(Long.toString(n));
    }
    cells(sb, layout, values);
  }
}
