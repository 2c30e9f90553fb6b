package io.github.ogireport.rules;

import io.github.ogireport.internal.translate.Labels;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Applications;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.TemplateVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report prints the layout of the template it follows, not pieces of the other one. The
 * clauses: the 2021 template (国办公开办函〔2021〕30号) splits 三（六）其他处理 into three items and names the
 * columns of section 二 本年制发件数 / 本年废止件数 / 现行有效件数, 本年处理决定数量 and 本年收费金额, and the row
 * 行政规范性文件; the 2019 template (国办公开办函〔2019〕60号) prints （六） as one row and names them 本年新制作数量
 * / 本年新公开数量 / 对外公开总数量, 上一年项目数量 / 本年增/减 / 处理决定数量, 规范性文件, with the extra rows
 * 其他对外管理服务事项 and 政府集中采购 (第二十条第（九）项).
 *
 * <p>Findings are informational: the values are read either way. A label of the other template is
 * looked for only as a whole table cell of section 二 (prose that mentions 规范性文件 is not a label),
 * and named with the standard label of this report's template.
 */
public final class FollowsTemplate implements Rule {

  /** The id, also the diagnostic code. */
  public static final String ID = "template-conformance";

  /** Labels only the 2019 template prints, with the 2021 template's counterpart (null if none). */
  private static final Map<String, String> ONLY_2019 = new LinkedHashMap<>();
  /** Labels only the 2021 template prints, with the 2019 template's counterpart (null if none). */
  private static final Map<String, String> ONLY_2021 = new LinkedHashMap<>();

  static {
    ONLY_2019.put("规范性文件", "行政规范性文件");
    ONLY_2019.put("本年新制作数量", "本年制发件数");
    ONLY_2019.put("本年新公开数量", null);
    ONLY_2019.put("对外公开总数量", "现行有效件数");
    ONLY_2019.put("上一年项目数量", null);
    ONLY_2019.put("本年增/减", null);
    ONLY_2019.put("处理决定数量", "本年处理决定数量");
    ONLY_2019.put("其他对外管理服务事项", null);
    ONLY_2019.put("政府集中采购", null);
    ONLY_2019.put("采购项目数量", null);
    ONLY_2019.put("采购总金额", null);
    ONLY_2019.put("第二十条第(九)项", null);
    ONLY_2021.put("行政规范性文件", "规范性文件");
    ONLY_2021.put("本年制发件数", "本年新制作数量");
    ONLY_2021.put("本年废止件数", null);
    ONLY_2021.put("现行有效件数", "对外公开总数量");
    ONLY_2021.put("本年处理决定数量", "处理决定数量");
    ONLY_2021.put("本年收费金额(单位:万元)", null);
    ONLY_2021.put("本年收费金额", null);
  }

  /** The first char of every label of {@link #ONLY_2019} and {@link #ONLY_2021}. */
  private static final String FIRST_CHARS;

  static {
    StringBuilder sb = new StringBuilder();
    for (Map<String, String> m : List.of(ONLY_2019, ONLY_2021)) {
      for (String label : m.keySet()) {
        sb.append(label.charAt(0));
      }
    }
    FIRST_CHARS = sb.toString();
  }

  /** A table cell: text between tabs, pipes, runs of two or more spaces, or line ends. */
  private static final Pattern CELL = Pattern.compile("[^\\t|\\r\\n]+");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public String description() {
    return "the report prints the layout and labels of its own template (2019 or 2021), not the other's";
  }

  @Override
  public void check(AnnualReport report, RuleContext context) {
    TemplateVersion t = report.template();
    if (t != TemplateVersion.V2019 && t != TemplateVersion.V2021) {
      return;
    }
    report.applications().ifPresent(a -> checkOtherHandling(a, t, context));
    ReportText.section(report, context, 2).ifPresent(text -> checkLabels(text, t, context));
  }

  private static void checkOtherHandling(Applications a, TemplateVersion t, RuleContext context) {
    Optional<Counts> collapsed = a.row(ApplicationRow.OTHER_HANDLING_SUBTOTAL);
    Optional<Counts> first = a.row(ApplicationRow.NO_AMENDMENT_IN_TIME)
        .or(() -> a.row(ApplicationRow.FEE_UNPAID)).or(() -> a.row(ApplicationRow.OTHER));
    if (t == TemplateVersion.V2021 && collapsed.isPresent() && first.isEmpty()) {
      context.report(Finding.builder()
          .message(context.message(ID + ".other-handling-row", "1." + ApplicationRow.NO_AMENDMENT_IN_TIME.label()
              + " 2." + ApplicationRow.FEE_UNPAID.label() + " 3." + ApplicationRow.OTHER.label()))
          .span(collapsed.get().span())
          .path(ApplicationRow.OTHER_HANDLING_SUBTOTAL.path())
          .build());
    } else if (t == TemplateVersion.V2019 && first.isPresent() && collapsed.isEmpty()) {
      ApplicationRow r = a.row(ApplicationRow.NO_AMENDMENT_IN_TIME).isPresent() ? ApplicationRow.NO_AMENDMENT_IN_TIME
          : a.row(ApplicationRow.FEE_UNPAID).isPresent() ? ApplicationRow.FEE_UNPAID : ApplicationRow.OTHER;
      context.report(Finding.builder()
          .message(context.message(ID + ".other-handling-items"))
          .span(first.get().span())
          .path(r.path())
          .build());
    }
  }

  private static void checkLabels(ReportText text, TemplateVersion t, RuleContext context) {
    Map<String, String> foreign = t == TemplateVersion.V2021 ? ONLY_2019 : ONLY_2021;
    String own = t.jsonName();
    String other = t == TemplateVersion.V2021 ? "2019" : "2021";
    String s = text.text();
    Matcher cellMatcher = CELL.matcher(s);
    int lineStart = text.start();
    int stretchEnd = text.end();
    while (lineStart < stretchEnd) {
      int lineEnd = s.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > stretchEnd) {
        lineEnd = stretchEnd;
      }
      for (int[] cell : cells(cellMatcher, s, lineStart, lineEnd)) {
        char first = s.charAt(cell[0]);
        if (isDigit(first) || (isIdeograph(first) && FIRST_CHARS.indexOf(first) < 0)) {
          continue; // folding keeps digits and ideographs: the cell cannot fold to a label of the lists
        }
        String label = fold(s.substring(cell[0], cell[1]));
        if (!foreign.containsKey(label)) {
          continue;
        }
        String standard = foreign.get(label);
        String printed = s.substring(cell[0], cell[1]);
        String message = standard == null
            ? context.message(ID + ".label-none", printed, other, own)
            : context.message(ID + ".label", printed, other, own, standard);
        context.report(Finding.builder()
            .message(message)
            .span(text.span(cell[0], cell[1]))
            .path("activeDisclosure")
            .build());
      }
      lineStart = lineEnd + 1;
    }
  }

  /**
   * The cells of the line {@code [from, to)} of {@code s}: split at tabs, pipes and 2+ spaces; {@code
   * cellMatcher} is a matcher of {@link #CELL} over {@code s}, shared by the lines.
   */
  private static List<int[]> cells(Matcher cellMatcher, String s, int from, int to) {
    List<int[]> out = new ArrayList<>();
    Matcher m = cellMatcher.region(from, to);
    while (m.find()) {
      int a = m.start();
      int b = m.end();
      // split further at runs of two or more spaces (space-aligned extractions)
      int i = a;
      while (i < b) {
        int gap = indexOfGap(s, i, b);
        int end = gap < 0 ? b : gap;
        int cs = i;
        int ce = end;
        while (cs < ce && isSpace(s.charAt(cs))) {
          cs++;
        }
        while (ce > cs && isSpace(s.charAt(ce - 1))) {
          ce--;
        }
        if (ce > cs) {
          out.add(new int[] {cs, ce});
        }
        if (gap < 0) {
          break;
        }
        i = gap;
        while (i < b && isSpace(s.charAt(i))) {
          i++;
        }
      }
    }
    return out;
  }

  private static int indexOfGap(String s, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (isSpace(s.charAt(i)) && isSpace(s.charAt(i + 1))) {
        return i;
      }
    }
    return -1;
  }

  /** A CJK unified ideograph: a char {@link #fold} never drops or changes. */
  private static boolean isIdeograph(char c) {
    return c >= '\u4E00' && c <= '\u9FFF';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u3000' || c == '\u00A0';
  }

  /** Folds a cell for comparison: {@link Labels#fold}, full-width slash and colon made half-width. */
  private static String fold(String cell) {
    return Labels.fold(cell.replace('／', '/').replace("\r", "")).replace('／', '/');
  }
}
