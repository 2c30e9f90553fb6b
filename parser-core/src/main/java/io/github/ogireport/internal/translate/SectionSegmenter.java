package io.github.ogireport.internal.translate;

import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawDocument;
import io.github.ogireport.internal.layout.RawLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which of the grammar's section candidates are the report's six sections. A candidate
 * heading is a section heading when its numeral is 1–6, not used yet, and its text names that
 * section (总体情况, 主动公开…, …申请…, 复议/诉讼, 问题, 其他…事项). Other candidates — 三、本年度办理结果 and
 * 四、结转下年度继续办理 printed without cells, numbered sub-headings — are folded back into the
 * section before them as ordinary lines.
 */
final class SectionSegmenter {

  /** A section found: its number, heading text, heading line and body lines. */
  static final class Found {
    final int number;
    final String heading;
    final RawLine headingLine;
    final List<RawLine> lines = new ArrayList<>();
    /** True if the heading text is not the standard one (extra words, typos). */
    final boolean variant;
    /** True if the heading was glued to the text after it on the same line. */
    boolean glued;

    Found(int number, String heading, RawLine headingLine, boolean variant) {
      this.number = number;
      this.heading = heading;
      this.headingLine = headingLine;
      this.variant = variant;
    }
  }

  /** The standard headings, index = number − 1. */
  static final String[] STANDARD = {
    "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
    "存在的主要问题及改进情况", "其他需要报告的事项"
  };

  private final List<RawLine> titleBlock = new ArrayList<>();
  private final List<Found> sections = new ArrayList<>();

  SectionSegmenter(RawDocument doc) {
    titleBlock.addAll(doc.titleBlock());
    boolean[] used = new boolean[7];
    Found current = null;
    for (RawDocument.RawSection s : doc.sections()) {
      RawLine h = s.heading();
      String text = headingText(h);
      int n = h.sectionNumber();
      RawLine glued = null;
      if (n >= 1 && n <= 6 && !used[n]) {
        int cut = gluedHeadingEnd(n, text);
        if (cut > 0) {
          RawCell cell = h.cells().get(0);
          int from = cell.text().indexOf(text) + cut;
          while (from < cell.text().length() && cell.text().charAt(from) == ' ') {
            from++;
          }
          String rest = cell.text().substring(from);
          int at = cell.start() + from;
          glued = new RawLine(RawLine.Kind.ROW, at, h.end(), 0, List.of(new RawCell(rest, at, cell.end())));
          text = text.substring(0, cut);
        }
      }
      if (n >= 1 && n <= 6 && !used[n] && names(n, Labels.fold(text))) {
        used[n] = true;
        current = new Found(n, text, h, !Labels.fold(text).equals(Labels.fold(STANDARD[n - 1])));
        current.glued = glued != null;
        sections.add(current);
        if (glued != null) {
          current.lines.add(glued);
        }
        current.lines.addAll(s.lines());
      } else {
        List<RawLine> target = current == null ? titleBlock : current.lines;
        target.add(h);
        target.addAll(s.lines());
      }
    }
  }

  List<RawLine> titleBlock() {
    return titleBlock;
  }

  List<Found> sections() {
    return sections;
  }

  /** The heading's text without numeral, decoration and trailing punctuation. */
  static String headingText(RawLine h) {
    String t = h.cells().isEmpty() ? "" : h.cells().get(0).text();
    int i = 0;
    while (i < t.length() && (Labels.isChineseNumeral(t.charAt(i)) || t.charAt(i) == ' ')) {
      i++;
    }
    if (i < t.length() && "、.，,".indexOf(t.charAt(i)) >= 0) {
      i++;
    }
    String rest = t.substring(i).strip();
    while (rest.endsWith("*") || rest.endsWith("。") || rest.endsWith(":") || rest.endsWith("：")) {
      rest = rest.substring(0, rest.length() - 1).strip();
    }
    return rest;
  }

  /**
   * Where a standard heading ends when the text after it was glued onto the same line
   * ("一、总体情况2021年，本机关…"), or 0. Only the standard headings are cut this way.
   */
  static int gluedHeadingEnd(int n, String text) {
    String standard = STANDARD[n - 1];
    int i = 0;
    int j = 0;
    while (i < text.length() && j < standard.length()) {
      char c = text.charAt(i);
      if (c == ' ') {
        i++;
      } else if (c == standard.charAt(j) || (c == ',' && standard.charAt(j) == '、')) {
        i++;
        j++;
      } else {
        return 0;
      }
    }
    return j == standard.length() && i < text.length() ? i : 0;
  }

  /** True if folded heading text {@code f} names section {@code n}. */
  static boolean names(int n, String f) {
    if (f.isEmpty() || f.length() > 40) {
      return false;
    }
    switch (n) {
      case 1: return f.contains("总体情况") || f.equals("概述");
      case 2: return f.contains("主动公开");
      case 3: return f.contains("申请") && !f.contains("新收") && !f.contains("结转");
      case 4: return f.contains("复议") || f.contains("诉讼");
      case 5: return f.contains("问题") || f.contains("改进");
      case 6: return f.contains("其他") && (f.contains("事项") || f.contains("报告"));
      default: return false;
    }
  }
}
