package io.github.ogireport;

import io.github.ogireport.internal.text.DisplayWidth;
import io.github.ogireport.model.ActiveDisclosure;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Applications;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.DisclosureField;
import io.github.ogireport.model.DisclosureItem;
import io.github.ogireport.model.DisclosureRow;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.OutcomeField;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.ReviewsAndLawsuits;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.TemplateVersion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes an {@link AnnualReport} as text in the standard layout of the State Council's template, the
 * layout {@link ReportParser} reads: the title line, the date line {@code (2022 年 1 月 26 日)} when the
 * report has a publication date, then the six numbered sections (一、总体情况 … 六、其他需要报告的事项)
 * in order, each with its text or its table.
 *
 * <pre>{@code
 * String text = ReportWriter.markdown().write(report);     // or tabs(), aligned()
 * ParseResult again = ReportParser.create().parse(text);   // the same numbers
 * }</pre>
 *
 * <p>What is written:
 * <ul>
 *   <li>the title as the model holds it, or, without one, {@code <agency> <year> 年政府信息公开工作年度报告}
 *       from the agency and the year;
 *   <li>a section when the model has it or has the table that belongs in it (二, 三, 四), under its
 *       heading (the standard heading when the model has no section); sections 一, 五 and 六 with
 *       their text, one paragraph per line; sections 二, 三 and 四 with their table when the model has
 *       it, else with their text (the text of a parsed report holds the tables as printed: writing
 *       both would print them twice);
 *   <li>section 二: the captioned tables of the template ({@link AnnualReport#template()}; the 2021
 *       template unless it is {@link TemplateVersion#V2019}): 第二十条第（一）项 … （八）项 (2019: … （九）项),
 *       each with its 信息内容 header row and the rows the model has, amounts as plain decimals
 *       (采购总金额 with its unit 元);
 *   <li>section 三: the three header rows (勾稽关系 note, 申请人情况 / 自然人 / 法人或其他组织 / 总计, then
 *       商业企业 … 其他, and 小计 when {@link Applications#subtotalColumn()}), then the rows the model
 *       has, in template order, with their standard numbered labels in three label columns
 *       (三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密); （六）其他处理 as one row when the model holds
 *       {@link ApplicationRow#OTHER_HANDLING_SUBTOTAL};
 *   <li>section 四: its three header rows and the row of 15 cells.
 * </ul>
 * A value the model does not hold (absent) is written as an empty cell, never as 0. A row the model
 * does not hold is not written. Spans are not used: the output is laid out afresh.
 *
 * <p>Layouts ({@link Layout}): {@link Layout#TABS} (cells split by tabs, as text copied from Word or
 * HTML), {@link Layout#MARKDOWN} ({@code #}/{@code ##} headings, pipe tables), {@link Layout#ALIGNED}
 * (columns padded with spaces as {@code pdftotext -layout} prints them, labels wider than
 * {@link #wrapWidth()} display columns wrapped onto the following lines).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReportWriter {

  /** How tables and headings are laid out. */
  public enum Layout {
    /** One row per line, cells split by tabs; headings as plain lines. */
    TABS,
    /** Markdown: {@code #} title, {@code ##} section headings, pipe tables, paragraphs between blank lines. */
    MARKDOWN,
    /** Plain text with space-aligned columns; long labels wrap over several lines. */
    ALIGNED
  }

  /** Default {@link #wrapWidth()}: 24 display columns (12 Chinese characters). */
  public static final int DEFAULT_WRAP_WIDTH = 24;

  static final String BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

  private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
  private static final String[] HEADINGS = {
    "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
    "存在的主要问题及改进情况", "其他需要报告的事项"
  };
  /** Column labels of section 二 as the templates print them (2019: 处理决定数量 without 本年). */
  private static final String DECISIONS_2019 = "处理决定数量";

  private final Layout layout;
  private final int wrapWidth;

  private ReportWriter(Layout layout, int wrapWidth) {
    this.layout = layout;
    this.wrapWidth = wrapWidth;
  }

  /** A writer of tab-separated cells. */
  public static ReportWriter tabs() {
    return of(Layout.TABS);
  }

  /** A writer of Markdown with pipe tables. */
  public static ReportWriter markdown() {
    return of(Layout.MARKDOWN);
  }

  /** A writer of space-aligned columns, wrapping labels at {@link #DEFAULT_WRAP_WIDTH}. */
  public static ReportWriter aligned() {
    return of(Layout.ALIGNED);
  }

  /** A writer of {@code layout}. */
  public static ReportWriter of(Layout layout) {
    return new ReportWriter(Objects.requireNonNull(layout, "layout"), DEFAULT_WRAP_WIDTH);
  }

  /**
   * This writer with labels wrapped at {@code width} display columns (a Chinese character counts two);
   * used by {@link Layout#ALIGNED} only.
   *
   * @throws IllegalArgumentException if {@code width} is below 4
   */
  public ReportWriter withWrapWidth(int width) {
    if (width < 4) {
      throw new IllegalArgumentException("wrap width must be at least 4, was " + width);
    }
    return new ReportWriter(layout, width);
  }

  /** The layout written. */
  public Layout layout() {
    return layout;
  }

  /** Display columns after which {@link Layout#ALIGNED} wraps a label. */
  public int wrapWidth() {
    return wrapWidth;
  }

  /** Writes {@code report}; lines end with {@code '\n'}, and so does the text. */
  public String write(AnnualReport report) {
    Objects.requireNonNull(report, "report");
    Out out = new Out();
    titleBlock(report, out);
    for (int n = 1; n <= 6; n++) {
      section(report, n, out);
    }
    return out.toString();
  }

  // ---- title block --------------------------------------------------------------------------------

  private void titleBlock(AnnualReport report, Out out) {
    Optional<String> title = report.title().map(Located::value);
    if (title.isEmpty()) {
      String agency = report.agency().map(Located::value).orElse("");
      String year = report.year().map(y -> " " + y.value() + " 年").orElse("");
      if (!agency.isEmpty() || !year.isEmpty()) {
        title = Optional.of((agency + year + "政府信息公开工作年度报告").strip());
      }
    }
    title.ifPresent(t -> out.paragraph(layout == Layout.MARKDOWN ? "# " + t : t));
    report.publishedOn().map(Located::value).ifPresent(d -> out.paragraph(dateLine(d)));
  }

  static String dateLine(LocalDate d) {
    return "(" + d.getYear() + " 年 " + d.getMonthValue() + " 月 " + d.getDayOfMonth() + " 日)";
  }

  // ---- sections -----------------------------------------------------------------------------------

  private void section(AnnualReport report, int n, Out out) {
    Optional<Section> section = report.section(n);
    boolean table = (n == 2 && report.activeDisclosure().isPresent())
        || (n == 3 && report.applications().isPresent())
        || (n == 4 && report.reviewsAndLawsuits().isPresent());
    if (section.isEmpty() && !table) {
      return;
    }
    String heading = NUMERALS[n - 1] + "、" + section.map(Section::heading).orElse(HEADINGS[n - 1]);
    out.paragraph(layout == Layout.MARKDOWN ? "## " + heading : heading);
    if (!table) {
      String text = section.get().text();
      for (String line : text.split("\n", -1)) {
        if (!line.isBlank()) {
          out.paragraph(line);
        }
      }
      return;
    }
    switch (n) {
      case 2:
        activeDisclosure(report.activeDisclosure().get(), report.template(), out);
        break;
      case 3:
        applications(report.applications().get(), out);
        break;
      default:
        reviews(report.reviewsAndLawsuits().get(), out);
        break;
    }
  }

  // ---- section 二 -----------------------------------------------------------------------------------

  private void activeDisclosure(ActiveDisclosure d, TemplateVersion template, Out out) {
    boolean v2019 = template == TemplateVersion.V2019;
    int[] clauses = v2019 ? new int[] {1, 5, 6, 8, 9} : new int[] {1, 5, 6, 8};
    for (int clause : clauses) {
      List<DisclosureItem> items = new ArrayList<>();
      for (DisclosureItem item : DisclosureItem.values()) {
        if (item.clause() == clause && !item.fields(template).isEmpty()) {
          items.add(item);
        }
      }
      List<DisclosureField> fields = items.get(0).fields(template);
      Table t = new Table("第二十条第（" + NUMERALS[clause - 1] + "）项", 4);
      List<String> header = new ArrayList<>();
      header.add("信息内容");
      for (DisclosureField f : fields) {
        header.add(v2019 && f == DisclosureField.DECISIONS ? DECISIONS_2019 : f.label());
      }
      t.add(header);
      for (DisclosureItem item : items) {
        Optional<DisclosureRow> row = d.item(item);
        if (row.isEmpty()) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        cells.add(v2019 && item == DisclosureItem.NORMATIVE_DOCUMENTS ? "规范性文件" : item.label());
        for (DisclosureField f : fields) {
          cells.add(f.located(row.get()).map(l -> number(f, l.value())).orElse(""));
        }
        t.add(cells);
      }
      table(t, out);
    }
  }

  private static String number(DisclosureField field, Number n) {
    String s = n instanceof BigDecimal ? ((BigDecimal) n).toPlainString() : String.valueOf(n.longValue());
    return field == DisclosureField.AMOUNT_YUAN ? s + "元" : s;
  }

  // ---- section 三 -----------------------------------------------------------------------------------

  private void applications(Applications a, Out out) {
    List<ApplicantColumn> columns = a.subtotalColumn() ? ApplicantColumn.WITH_SUBTOTAL : ApplicantColumn.STANDARD;
    int width = 3 + columns.size();
    Table t = new Table(null, width);
    List<String> h1 = blanks(width);
    h1.set(0, BALANCE_NOTE);
    h1.set(3, "申请人情况");
    List<String> h2 = blanks(width);
    h2.set(3, ApplicantColumn.NATURAL_PERSON.label());
    h2.set(4, "法人或其他组织");
    h2.set(width - 1, ApplicantColumn.TOTAL.label());
    List<String> h3 = blanks(width);
    for (int i = 1; i < columns.size() - 1; i++) {
      h3.set(3 + i, columns.get(i).label());
    }
    t.add(h1);
    t.add(h2);
    t.add(h3);
    t.headerRows = 3;
    boolean resultsLabelled = false;
    ApplicationRow.Group group = null;
    for (ApplicationRow row : ApplicationRow.values()) {
      Optional<Counts> counts = a.row(row);
      if (counts.isEmpty()) {
        continue;
      }
      List<String> cells = blanks(width);
      if (!row.isResult() && row != ApplicationRow.TOTAL_HANDLED) {
        cells.set(0, topLabel(row));
      } else {
        if (!resultsLabelled) {
          cells.set(0, "三、本年度办理结果");
          resultsLabelled = true;
        }
        Optional<ApplicationRow.Group> g = row.group();
        if (g.isEmpty() || row == ApplicationRow.OTHER_HANDLING_SUBTOTAL) {
          cells.set(1, parenLabel(row));
          group = g.orElse(null);
        } else {
          if (g.get() != group) {
            cells.set(1, "（" + NUMERALS[groupNumber(g.get()) - 1] + "）" + g.get().label());
            group = g.get();
          }
          cells.set(2, itemNumber(row) + "." + row.label());
        }
      }
      for (int i = 0; i < columns.size(); i++) {
        cells.set(3 + i, columns.get(i).get(counts.get()).map(l -> String.valueOf(l.value())).orElse(""));
      }
      t.add(cells);
    }
    table(t, out);
  }

  private static String topLabel(ApplicationRow row) {
    switch (row) {
      case NEWLY_RECEIVED: return "一、" + row.label();
      case CARRIED_OVER: return "二、" + row.label();
      default: return "四、" + row.label();
    }
  }

  private static String parenLabel(ApplicationRow row) {
    switch (row) {
      case GRANTED: return "（一）" + row.label();
      case PARTIALLY_GRANTED: return "（二）" + row.label();
      case OTHER_HANDLING_SUBTOTAL: return "（六）" + row.label();
      default: return "（七）" + row.label();
    }
  }

  private static int groupNumber(ApplicationRow.Group g) {
    return g.ordinal() + 3;
  }

  /** 1-based number of an item row within its group. */
  private static int itemNumber(ApplicationRow row) {
    int n = 0;
    for (ApplicationRow r : ApplicationRow.values()) {
      if (r != ApplicationRow.OTHER_HANDLING_SUBTOTAL && r.group().equals(row.group())) {
        n++;
      }
      if (r == row) {
        return n;
      }
    }
    throw new AssertionError(row);
  }

  // ---- section 四 -----------------------------------------------------------------------------------

  private void reviews(ReviewsAndLawsuits r, Out out) {
    int width = 15;
    Table t = new Table(null, width);
    List<String> h1 = blanks(width);
    h1.set(0, "行政复议");
    h1.set(5, "行政诉讼");
    List<String> h2 = blanks(width);
    h2.set(5, ReviewGroup.LAWSUIT_WITHOUT_REVIEW.label());
    h2.set(10, ReviewGroup.LAWSUIT_AFTER_REVIEW.label());
    List<String> h3 = new ArrayList<>();
    List<String> data = new ArrayList<>();
    for (ReviewGroup g : ReviewGroup.values()) {
      for (OutcomeField f : OutcomeField.values()) {
        h3.add(f.label());
        data.add(f.get(g.get(r)).map(l -> String.valueOf(l.value())).orElse(""));
      }
    }
    t.add(h1);
    t.add(h2);
    t.add(h3);
    t.headerRows = 3;
    t.add(data);
    table(t, out);
  }

  // ---- layouts --------------------------------------------------------------------------------------

  /** A table being written: an optional caption, rows of cells, how many rows are headers. */
  private static final class Table {
    final String caption;
    final int width;
    final List<List<String>> rows = new ArrayList<>();
    int headerRows = 1;

    Table(String caption, int width) {
      this.caption = caption;
      this.width = width;
    }

    void add(List<String> cells) {
      rows.add(cells);
    }
  }

  private static List<String> blanks(int n) {
    return new ArrayList<>(Collections.nCopies(n, ""));
  }

  private void table(Table t, Out out) {
    switch (layout) {
      case TABS:
        tabTable(t, out);
        break;
      case MARKDOWN:
        markdownTable(t, out);
        break;
      default:
        alignedTable(t, out);
        break;
    }
  }

  /** Tabs: the caption is a row of its own; every row is padded to the table's width. */
  private static void tabTable(Table t, Out out) {
    List<String> lines = new ArrayList<>();
    if (t.caption != null) {
      List<String> caption = blanks(Math.max(t.width, 1));
      caption.set(0, t.caption);
      lines.add(String.join("\t", caption));
    }
    for (List<String> row : t.rows) {
      List<String> cells = new ArrayList<>(row);
      while (cells.size() < t.width) {
        cells.add("");
      }
      lines.add(String.join("\t", cells));
    }
    out.block(lines);
  }

  /** Markdown: the caption is a paragraph; a pipe table whose first row is the header row. */
  private static void markdownTable(Table t, Out out) {
    if (t.caption != null) {
      out.paragraph(t.caption);
    }
    int width = 0;
    for (List<String> row : t.rows) {
      width = Math.max(width, row.size());
    }
    List<String> lines = new ArrayList<>();
    for (int r = 0; r < t.rows.size(); r++) {
      List<String> row = t.rows.get(r);
      StringBuilder sb = new StringBuilder("|");
      for (int i = 0; i < width; i++) {
        String cell = row.get(i); // the rows of a table have the same number of cells
        sb.append(' ').append(cell.replace("|", "\\|")).append(cell.isEmpty() ? "|" : " |");
      }
      lines.add(sb.toString());
      if (r == 0) {
        lines.add("|" + " --- |".repeat(width));
      }
    }
    out.block(lines);
  }

  /**
   * Aligned: columns padded with spaces to their widest cell (two spaces between columns); a cell
   * wider than the wrap width is cut into pieces printed on the following lines in its column.
   */
  private void alignedTable(Table t, Out out) {
    if (t.caption != null) {
      out.paragraph(t.caption);
    }
    int width = 0;
    for (List<String> row : t.rows) {
      width = Math.max(width, row.size());
    }
    List<List<List<String>>> wrapped = new ArrayList<>();
    int[] widths = new int[width];
    for (List<String> row : t.rows) {
      List<List<String>> cells = new ArrayList<>();
      for (int i = 0; i < width; i++) {
        List<String> pieces = wrap(row.get(i), wrapWidth);
        for (String p : pieces) {
          widths[i] = Math.max(widths[i], displayWidth(p));
        }
        cells.add(pieces);
      }
      wrapped.add(cells);
    }
    List<String> lines = new ArrayList<>();
    for (List<List<String>> row : wrapped) {
      int height = 1;
      for (List<String> pieces : row) {
        height = Math.max(height, pieces.size());
      }
      for (int line = 0; line < height; line++) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < width; i++) {
          List<String> pieces = row.get(i);
          String piece = line < pieces.size() ? pieces.get(line) : "";
          if (i > 0) {
            sb.append("  ");
          }
          sb.append(piece).append(" ".repeat(widths[i] - displayWidth(piece)));
        }
        String s = sb.toString().stripTrailing();
        if (!s.isEmpty()) {
          lines.add(s);
        }
      }
    }
    out.block(lines);
  }

  /** {@code s} cut into pieces of at most {@code width} display columns (one piece if it fits). */
  static List<String> wrap(String s, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int cw = charWidth(cp);
      if (w + cw > width && w > 0) {
        out.add(piece.toString());
        piece.setLength(0);
        w = 0;
      }
      piece.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    out.add(piece.toString());
    return out;
  }

  /** Display width: 2 for East Asian wide and full-width characters, 1 for the others. */
  static int displayWidth(String s) {
    return DisplayWidth.of(s, 0, s.length());
  }

  private static int charWidth(int cp) {
    return DisplayWidth.of(cp);
  }

  /** The text being written: paragraphs and blocks of lines, separated by one blank line. */
  private static final class Out {
    private final StringBuilder sb = new StringBuilder();

    void paragraph(String line) {
      block(List.of(line));
    }

    void block(List<String> lines) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      for (String l : lines) {
        sb.append(l).append('\n');
      }
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
