package io.github.ogireport.internal.translate;

import io.github.ogireport.internal.layout.CellValue;
import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Applications;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads section 三's table (收到和处理政府信息公开申请情况) from rows of cells. Rows are identified by
 * their labels ({@link RowLabels}); numbers are placed in columns by {@link CellAligner}; cells the
 * template's sums determine are filled by {@link Recovery}, each repair reported.
 */
final class ApplicationsTableBuilder {

  private static final List<ApplicantColumn> COLUMNS = ApplicantColumn.WITH_SUBTOTAL;
  /** The path of each cell: [row ordinal][column index in {@link #COLUMNS}]; built once. */
  private static final String[][] PATHS = new String[ApplicationRow.values().length][COLUMNS.size()];

  static {
    for (ApplicationRow r : ApplicationRow.values()) {
      for (int i = 0; i < COLUMNS.size(); i++) {
        PATHS[r.ordinal()][i] = r.path() + "." + COLUMNS.get(i).key();
      }
    }
  }

  /** One identified row being read. */
  private static final class Row {
    final ApplicationRow key;
    final RawLine line;
    final SourceSpan labelSpan;
    final GridCell[] cells = new GridCell[COLUMNS.size()];
    List<RawCell> unplaced = List.of();

    Row(ApplicationRow key, RawLine line, SourceSpan labelSpan) {
      this.key = key;
      this.line = line;
      this.labelSpan = labelSpan;
      for (int i = 0; i < cells.length; i++) {
        cells[i] = new GridCell(PATHS[key.ordinal()][i], COLUMNS.get(i).label());
      }
    }

    GridCell cell(ApplicantColumn c) {
      return cells[COLUMNS.indexOf(c)];
    }
  }

  private final TranslationContext ctx;
  private final Map<ApplicationRow, Row> rows = new EnumMap<>(ApplicationRow.class);
  private boolean subtotalColumn;
  /** The number of cells most rows with numbers print (a tab rendering pads every row to it). */
  private int tableWidth;
  /** The number of numbers most rows with numbers print. */
  private int tableNumbers;
  /** The last rows placed carried an eighth cell read as the 小计 (a run of them, after a page break). */
  private boolean subtotalRun;
  private int firstOffset = -1;
  private int lastOffset = -1;

  ApplicationsTableBuilder(TranslationContext ctx) {
    this.ctx = ctx;
  }

  /** True once the table printed （六）其他处理 as a single row. */
  boolean collapsedOtherHandling() {
    return rows.containsKey(ApplicationRow.OTHER_HANDLING_SUBTOTAL);
  }

  /** A non-blank line of the table: its label cells, its value cells, where its label starts. */
  private static final class Entry {
    final RawLine line;
    final List<RawCell> labelCells;
    final List<RawCell> values;
    final List<String> texts = new ArrayList<>(2);
    final boolean hasNumber;
    final int column;
    boolean used;

    Entry(RawLine line, List<RawCell> labelCells, List<RawCell> values, boolean hasNumber) {
      this.line = line;
      this.labelCells = labelCells;
      this.values = values;
      this.hasNumber = hasNumber;
      for (RawCell c : labelCells) {
        if (!c.isEmpty()) {
          texts.add(c.text());
        }
      }
      int col = -1;
      for (RawCell c : labelCells) {
        if (!c.isEmpty()) {
          col = c.start() - line.start();
          break;
        }
      }
      this.column = col;
    }

    String joined() {
      return String.join("", texts);
    }
  }

  /** Reads {@code lines}; empty if no row of the table was found. */
  Optional<Applications> build(List<RawLine> lines) {
    subtotalRun = false;
    List<Entry> entries = new ArrayList<>();
    for (RawLine line : lines) {
      if (line.isBlank()) {
        continue;
      }
      List<RawCell> cells = line.cells();
      int lastText = -1;
      for (int i = 0; i < cells.size(); i++) {
        if (cells.get(i).value().kind() == CellValue.Kind.TEXT) {
          lastText = i;
        }
      }
      boolean hasNumber = false;
      for (int i = lastText + 1; i < cells.size(); i++) {
        hasNumber |= cells.get(i).value().isNumber();
      }
      Entry e = new Entry(line, cells.subList(0, lastText + 1), cells.subList(lastText + 1, cells.size()), hasNumber);
      if (!hasNumber && isHeader(e.texts)) {
        subtotalColumn |= e.texts.stream().anyMatch(t -> Labels.fold(t).contains("小计"));
        continue;
      }
      entries.add(e);
    }
    tableWidth = modal(entries, e -> e.line.cells().size());
    tableNumbers = modal(entries, ApplicationsTableBuilder::numberCount);
    RowLabels.Group group = null;
    int itemColumn = -1;
    List<Entry> pending = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (e.used) {
        continue;
      }
      if (!e.hasNumber) {
        RowLabels.Ident id = RowLabels.identify(e.texts, group);
        if (blankRow(e, id, entries, i)) {
          pending.clear();
          if (id.group != null) {
            group = id.group;
          }
          RowLabels.Group rg = RowLabels.groupOf(id.row);
          if (rg != null && rg != RowLabels.Group.RESULTS) {
            group = rg;
          }
          accept(e, id, e.labelCells, String.join(" ", e.texts));
          continue;
        }
        if (id.group != null && id.row == null) {
          group = id.group;
        }
        pending.add(e);
        continue;
      }
      List<Entry> next = new ArrayList<>();
      for (int j = i + 1; j < entries.size() && !entries.get(j).hasNumber && next.size() < 3; j++) {
        next.add(entries.get(j));
      }
      Choice choice = chooseLabel(e, pending, next, group, e.column >= 0 ? e.column : itemColumn);
      pending.clear();
      if (choice == null) {
        ctx.report(Severity.WARNING, "row-unrecognized", ctx.span(e.line), null, ctx.spans(numbers(e.values)),
            "row-unrecognized", String.join(" ", e.texts), joinNumbers(e.values));
        continue;
      }
      for (Entry n : choice.consumedNext) {
        n.used = true;
      }
      RowLabels.Ident id = choice.ident;
      if (id.group != null) {
        group = id.group;
      }
      RowLabels.Group rg = RowLabels.groupOf(id.row);
      if (rg != null && rg != RowLabels.Group.RESULTS) {
        group = rg;
      }
      if (choice.column >= 0 && id.row.group().isPresent()) {
        itemColumn = choice.column;
      }
      accept(e, id, choice.labelCells, choice.labelText);
    }
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    recover();
    return Optional.of(assemble());
  }

  /**
   * True for a row printed with a blank cell in every column and no number (HTML tables leave zeros
   * blank): its own label names a row. （六）其他处理 alone is such a row only if no item of （六） follows
   * (in the 2021 template it heads its three items).
   */
  private boolean blankRow(Entry e, RowLabels.Ident id, List<Entry> entries, int i) {
    if (id.row == null || e.texts.isEmpty() || e.values.size() < (subtotalColumn ? 8 : 7)) {
      return false;
    }
    for (RawCell c : e.values) {
      if (!c.isEmpty()) {
        return false;
      }
    }
    if (id.row == ApplicationRow.OTHER_HANDLING_SUBTOTAL) {
      for (int j = i + 1; j < entries.size() && j <= i + 3; j++) {
        ApplicationRow next = RowLabels.identify(entries.get(j).texts, RowLabels.Group.OTHER_HANDLING).row;
        if (next != null && next != ApplicationRow.OTHER_HANDLING_SUBTOTAL
            && RowLabels.groupOf(next) == RowLabels.Group.OTHER_HANDLING) {
          return false;
        }
      }
    }
    return true;
  }

  /** The label chosen for a number row: what it identified, from which cells. */
  private static final class Choice {
    RowLabels.Ident ident;
    List<RawCell> labelCells;
    String labelText;
    int column;
    List<Entry> consumedNext = List.of();
  }

  /**
   * Chooses a number row's label among: its own label cells; the label fragments printed on the
   * lines just above it (a label wrapped over lines, numbers on the last or a middle line); and those
   * just below. Fragments in another column than the row's label (a group label printed one character
   * per line, a page number) are left out. The first reading that names a row exactly wins; failing
   * that, the first that names one loosely.
   */
  private Choice chooseLabel(Entry e, List<Entry> pending, List<Entry> next, RowLabels.Group group, int column) {
    List<Entry> above = labelStart(sameColumn(pending, column));
    List<Entry> below = labelContinuation(sameColumn(next, column));
    List<List<Entry>> befores = new ArrayList<>();
    befores.add(List.of());
    if (!above.isEmpty()) {
      befores.add(above);
    }
    List<List<Entry>> afters = new ArrayList<>();
    afters.add(List.of());
    for (int k = 1; k <= below.size(); k++) {
      afters.add(below.subList(0, k));
    }
    Choice loose = null;
    for (List<Entry> after : afters) {
      for (List<Entry> before : befores) {
        if (before.isEmpty() && after.isEmpty()) {
          if (e.texts.isEmpty()) {
            continue;
          }
          RowLabels.Ident id = RowLabels.identify(e.texts, group);
          Choice c = choice(id, e.labelCells, String.join(" ", e.texts), e.column, List.of());
          if (c != null && id.variantText == null) {
            return c;
          }
          loose = loose == null ? c : loose;
          continue;
        }
        StringBuilder text = new StringBuilder();
        List<RawCell> cells = new ArrayList<>();
        for (Entry b : before) {
          text.append(b.joined());
          cells.addAll(b.labelCells);
        }
        text.append(e.joined());
        cells.addAll(e.labelCells);
        for (Entry a : after) {
          text.append(a.joined());
          cells.addAll(a.labelCells);
        }
        RowLabels.Ident id = RowLabels.identify(List.of(text.toString()), group);
        int col = before.isEmpty() ? e.column : before.get(0).column;
        Choice c = choice(id, cells, text.toString(), col, after);
        if (c != null && id.variantText == null) {
          return c;
        }
        loose = loose == null ? c : loose;
      }
    }
    return loose;
  }

  private static final java.util.regex.Pattern ENUMERATED = java.util.regex.Pattern.compile(
      "^\\s*(\\(\\s*[一二三四五六七八九十]+\\s*\\)|[一二三四五六七八九十]+\\s*、|\\d{1,2}\\s*[.、])");

  private static boolean enumerated(Entry x) {
    return ENUMERATED.matcher(x.joined()).find();
  }

  /** The fragments above a row that its label can start with: from the last one that starts a label. */
  private static List<Entry> labelStart(List<Entry> above) {
    for (int i = above.size() - 1; i >= 0; i--) {
      if (enumerated(above.get(i))) {
        return above.subList(i, above.size());
      }
    }
    return above;
  }

  /** The fragments below a row that can continue its label: up to the next one that starts a label. */
  private static List<Entry> labelContinuation(List<Entry> below) {
    for (int i = 0; i < below.size(); i++) {
      if (enumerated(below.get(i))) {
        return below.subList(0, i);
      }
    }
    return below;
  }

  private static Choice choice(RowLabels.Ident id, List<RawCell> cells, String text, int column, List<Entry> after) {
    if (id.row == null) {
      return null;
    }
    Choice c = new Choice();
    c.ident = id;
    c.labelCells = cells;
    c.labelText = text;
    c.column = column;
    c.consumedNext = after;
    return c;
  }

  /** The fragments printed in the same column as the row's label (±6 characters: continuation lines are often indented), nearest last. */
  private static List<Entry> sameColumn(List<Entry> entries, int column) {
    List<Entry> out = new ArrayList<>();
    for (Entry x : entries) {
      if (x.texts.isEmpty()) {
        continue;
      }
      if (column < 0 ? x.joined().length() > 2 : Math.abs(x.column - column) <= 6) {
        out.add(x);
      }
    }
    return out;
  }

  private void accept(Entry e, RowLabels.Ident id, List<RawCell> labelCells, String labelText) {
    SourceSpan labelSpan = ctx.span(labelCells, e.line.start());
    if (id.variantText != null) {
      ctx.report(Severity.INFO, "label-variant", labelSpan, id.row.path(), List.of(),
          "label-variant", labelText, id.row.label());
    }
    if (rows.containsKey(id.row)) {
      ctx.report(Severity.WARNING, "row-duplicate", labelSpan, id.row.path(),
          List.of(rows.get(id.row).labelSpan), "row-duplicate", id.row.label(), joinNumbers(e.values));
      return;
    }
    Row row = new Row(id.row, e.line, labelSpan);
    place(row, e.values, !e.labelCells.isEmpty(), e.line.cells().size());
    rows.put(id.row, row);
    if (firstOffset < 0) {
      firstOffset = e.line.start();
    }
    lastOffset = e.line.end();
  }

  private static boolean isHeader(List<String> texts) {
    for (String t : texts) {
      String f = Labels.fold(t);
      if (f.contains("自然人") || f.contains("商业企业") || f.contains("申请人情况") || f.contains("勾稽")
          || f.contains("科研机构") || f.contains("法人或其他组织")) {
        return true;
      }
    }
    return false;
  }

  /** Places the value cells of a row in columns, reporting any irregular cell count. */
  private void place(Row row, List<RawCell> values, boolean hasLabel, int cellCount) {
    int expected = subtotalColumn ? 8 : 7;
    int from = 0;
    int to = values.size();
    int mergedLabelCells = 0;
    if (to >= expected && printedBlank(values.get(to - 1)) && allEmpty(values.subList(0, to - expected))) {
      from = to - expected; // a table with blank cells (HTML): the value columns are the last ones
    } else {
      while (to > from && values.get(to - 1).isEmpty()) {
        to--;
      }
      if (hasLabel && !blankColumnsLeading(values.subList(from, to), expected)) {
        while (from < to && values.get(from).isEmpty()) {
          from++; // merged label columns
          mergedLabelCells++;
        }
      }
    }
    List<RawCell> v = values.subList(from, to);
    List<ApplicantColumn> layout = subtotalColumn ? ApplicantColumn.WITH_SUBTOTAL : ApplicantColumn.STANDARD;
    String path = row.key.path();
    boolean blanks = false;
    for (int i = 0, n = v.size(); i < n && !blanks; i++) {
      blanks = !v.get(i).value().isNumber();
    }
    // an empty cell skipped as a merged label column may have been a blank 自然人 in a row that gained a
    // stray cell elsewhere (it prints more cells than the table's other rows): kept only if the row's
    // total then holds. So may one in a table read without the 小计 column (its header line lost) whose
    // rows mostly print eight numbers (a 小计 among them): doubtful too when the first five numbers add up
    // to the sixth (a blank 自然人, the five organisations and their 小计: that reading holds) while the
    // row's total as read does not.
    boolean doubtful = mergedLabelCells > 0 && !blanks && v.size() == expected
        && !sumHolds(v.subList(0, 6), v.get(expected - 1))
        && (cellCount > tableWidth
            || !subtotalColumn && tableNumbers == 8 && sumHolds(v.subList(0, 5), v.get(5)));
    if (v.size() == expected && !doubtful) {
      assign(row, layout, v);
      subtotalRun = false;
      return;
    }
    if (doubtful) {
      v = values.subList(from - mergedLabelCells, to); // the blank back in its place: one cell too many
      blanks = true;
    }
    if (!blanks && !subtotalColumn && v.size() == 8 && sumHolds(v.subList(0, 6), v.get(7))
        && (subtotalRun || sumHolds(v.subList(1, 6), v.get(6)))) {
      // the 7th is the 法人或其他组织 小计 if it is the sum of the five organisations, or if the rows just
      // above carried one (a page printed with the 小计 column: a wrong one is then the row-subtotal
      // rule's finding); otherwise a stray cell would shift the row (0 2 0 0 0 0 0 2: 自然人 2 after a stray 0)
      subtotalRun = true;
      assign(row, ApplicantColumn.WITH_SUBTOTAL, v);
      ctx.report(Severity.WARNING, "row-subtotal-cell", row.labelSpan, path, ctx.spans(v),
          "row-subtotal-cell", row.key.numberedLabel(), joinNumbers(v), v.get(6).text());
      return;
    }
    if (!blanks) {
      List<List<RawCell>> fits = CellAligner.fits(v, layout, expected);
      if (fits.size() == 1) {
        List<RawCell> fit = fits.get(0);
        assign(row, layout, fit);
        if (v.size() > expected) {
          List<RawCell> dropped = new ArrayList<>(v);
          dropped.removeIf(c -> fit.stream().anyMatch(f -> f == c));
          ctx.report(Severity.WARNING, "row-extra-cells", row.labelSpan, path, ctx.spans(dropped),
              "row-extra-cells", row.key.numberedLabel(), String.valueOf(v.size()), String.valueOf(expected),
              joinNumbers(dropped));
        } else {
          int gap = fit.indexOf(null);
          GridCell g = row.cell(layout.get(gap));
          g.state = GridCell.State.UNPLACED;
          ctx.report(Severity.WARNING, "row-missing-cells", row.labelSpan, path, ctx.spans(v),
              "row-missing-cells.one", row.key.numberedLabel(), String.valueOf(v.size()), String.valueOf(expected),
              layout.get(gap).label());
        }
        return;
      }
    }
    // Cannot place with certainty: the numbers stay unplaced; the sums across rows may recover them.
    row.unplaced = numbers(v);
    for (ApplicantColumn c : layout) {
      row.cell(c).state = GridCell.State.UNPLACED;
    }
    ctx.report(Severity.WARNING, "row-missing-cells", row.labelSpan, path, ctx.spans(v),
        v.size() < expected ? "row-missing-cells.unplaced" : "row-extra-cells.unplaced", row.key.numberedLabel(),
        String.valueOf(v.size()), String.valueOf(expected), joinNumbers(v));
  }

  /** The value of {@code measure} most entries with numbers have; Integer.MAX_VALUE if none. */
  private static int modal(List<Entry> entries, java.util.function.ToIntFunction<Entry> measure) {
    java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
    int best = Integer.MAX_VALUE;
    int bestCount = 0;
    for (Entry e : entries) {
      if (e.hasNumber) {
        int m = measure.applyAsInt(e);
        int n = counts.merge(m, 1, Integer::sum);
        if (n > bestCount) {
          bestCount = n;
          best = m;
        }
      }
    }
    return best;
  }

  private static int numberCount(Entry e) {
    int n = 0;
    for (RawCell c : e.values) {
      if (c.value().isNumber()) {
        n++;
      }
    }
    return n;
  }

  /**
   * True for a blank cell printed as white space between separators (an HTML cell holding
   * {@code &nbsp;}), not the empty slot after a row's closing separator.
   */
  private boolean printedBlank(RawCell c) {
    return c.isEmpty() && c.start() > 0 && ctx.source.text().charAt(c.start() - 1) == ' ';
  }

  private static boolean allEmpty(List<RawCell> cells) {
    for (RawCell c : cells) {
      if (!c.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * True if the empty cells at the start of {@code v} are blank applicant columns, not merged label
   * columns: the row has exactly its {@code expected} cells, ends with its 总计, and the numbers
   * before it add up to that 总计 (an HTML table copied with blank 自然人…其他 cells and only 总计
   * filled, corpus 053, 054). One leading empty cell is the usual merged label column of tab
   * renderings, so at least two are needed.
   */
  private static boolean blankColumnsLeading(List<RawCell> v, int expected) {
    if (v.size() != expected || !v.get(0).isEmpty() || !v.get(1).isEmpty()
        || !v.get(expected - 1).value().isNumber()) {
      return false;
    }
    java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
    for (int i = 0; i < 6; i++) {
      CellValue value = v.get(i).value();
      if (value.isNumber()) {
        sum = sum.add(value.number());
      } else if (value.kind() != CellValue.Kind.BLANK) {
        return false;
      }
    }
    return sum.compareTo(v.get(expected - 1).value().number()) == 0;
  }

  private static boolean sumHolds(List<RawCell> parts, RawCell total) {
    java.math.BigDecimal s = java.math.BigDecimal.ZERO;
    for (RawCell c : parts) {
      s = s.add(c.value().number());
    }
    return s.compareTo(total.value().number()) == 0;
  }

  /** Assigns cells to columns positionally ({@code cells} may hold null for a gap). */
  private void assign(Row row, List<ApplicantColumn> layout, List<RawCell> cells) {
    for (int i = 0; i < layout.size() && i < cells.size(); i++) {
      RawCell c = cells.get(i);
      GridCell g = row.cell(layout.get(i));
      if (c == null) {
        continue;
      }
      g.source = c;
      CellValue value = c.value();
      switch (value.kind()) {
        case NUMBER:
          if (value.isCount()) {
            g.print(value.number().longValueExact(), c);
          } else {
            g.state = GridCell.State.INVALID;
            ctx.report(Severity.WARNING, "cell-invalid", ctx.span(c), g.path, List.of(), "cell-invalid", c.text());
          }
          break;
        case BLANK:
          g.state = GridCell.State.BLANK;
          break;
        case NOT_APPLICABLE:
          g.state = GridCell.State.NOT_APPLICABLE;
          break;
        default:
          g.state = GridCell.State.INVALID;
          ctx.report(Severity.WARNING, "cell-invalid", ctx.span(c), g.path, List.of(), "cell-invalid", c.text());
      }
    }
  }

  /** Fills what A1–A3 determine; checks unplaced rows against their printed numbers; reports. */
  private void recover() {
    Recovery rec = new Recovery();
    List<ApplicantColumn> applicants = ApplicantColumn.APPLICANTS;
    for (Row r : rows.values()) {
      List<GridCell> parts = new ArrayList<>();
      for (ApplicantColumn c : applicants) {
        parts.add(r.cell(c));
      }
      rec.add("A2", List.of(r.cell(ApplicantColumn.TOTAL)), parts);
      GridCell sub = r.cell(ApplicantColumn.LEGAL_PERSON_SUBTOTAL);
      if (sub.state != GridCell.State.ABSENT) {
        List<GridCell> orgs = new ArrayList<>();
        for (ApplicantColumn c : ApplicantColumn.ORGANIZATIONS) {
          orgs.add(r.cell(c));
        }
        rec.add("A2", List.of(sub), orgs);
      }
    }
    Row nr = rows.get(ApplicationRow.NEWLY_RECEIVED);
    Row co = rows.get(ApplicationRow.CARRIED_OVER);
    Row th = rows.get(ApplicationRow.TOTAL_HANDLED);
    Row cf = rows.get(ApplicationRow.CARRIED_FORWARD);
    List<Row> results = resultRows();
    for (ApplicantColumn c : ApplicantColumn.STANDARD) {
      if (nr != null && co != null && th != null && cf != null) {
        rec.add("A1", List.of(nr.cell(c), co.cell(c)), List.of(th.cell(c), cf.cell(c)));
      }
      if (th != null && results != null) {
        List<GridCell> parts = new ArrayList<>();
        for (Row r : results) {
          parts.add(r.cell(c));
        }
        rec.add("A3", List.of(th.cell(c)), parts);
      }
    }
    rec.solve();
    for (Row r : rows.values()) {
      checkUnplaced(r);
      reportRepairs(r);
    }
  }

  /** The result rows （一）…（六） if all are present, else null (A3 cannot be used). */
  private List<Row> resultRows() {
    List<Row> out = new ArrayList<>();
    for (ApplicationRow k : ApplicationRow.values()) {
      if (!k.isResult()) {
        continue;
      }
      boolean sixItem = k.group().isPresent() && k.group().get() == ApplicationRow.Group.OTHER_HANDLING;
      boolean collapsed = rows.containsKey(ApplicationRow.OTHER_HANDLING_SUBTOTAL);
      if (sixItem && (collapsed != (k == ApplicationRow.OTHER_HANDLING_SUBTOTAL))) {
        continue;
      }
      Row r = rows.get(k);
      if (r == null) {
        return null;
      }
      out.add(r);
    }
    return out;
  }

  /** An unplaced row keeps recovered values only if its printed numbers appear among them, in order. */
  private void checkUnplaced(Row r) {
    if (r.unplaced.isEmpty()) {
      return;
    }
    List<Long> recovered = new ArrayList<>();
    boolean complete = true;
    for (ApplicantColumn c : ApplicantColumn.STANDARD) {
      GridCell g = r.cell(c);
      if (g.value == null) {
        complete = false;
      } else {
        recovered.add(g.value);
      }
    }
    int j = 0;
    for (Long v : recovered) {
      if (j < r.unplaced.size() && r.unplaced.get(j).value().number().longValue() == v) {
        j++;
      }
    }
    boolean consistent = complete && j == r.unplaced.size();
    if (!consistent) {
      for (GridCell g : r.cells) {
        if (g.state == GridCell.State.UNPLACED) {
          g.value = null;
          g.recoveredBy = null;
        }
      }
      ctx.report(Severity.WARNING, "cells-ambiguous", r.labelSpan, r.key.path(), ctx.spans(r.unplaced),
          "cells-ambiguous", r.key.numberedLabel(), joinNumbers(r.unplaced));
    }
  }

  private void reportRepairs(Row r) {
    List<String> recovered = new ArrayList<>();
    List<String> zeros = new ArrayList<>();
    List<String> blanks = new ArrayList<>();
    List<SourceSpan> blankSpans = new ArrayList<>();
    List<SourceSpan> zeroSpans = new ArrayList<>();
    String relation = null;
    for (GridCell g : r.cells) {
      if (g.recoveredBy != null) {
        relation = relation == null ? g.recoveredBy : relation.contains(g.recoveredBy) ? relation : relation + "," + g.recoveredBy;
        if (g.state == GridCell.State.BLANK && g.value == 0) {
          zeros.add(g.label);
          zeroSpans.add(ctx.span(g.source));
        } else {
          recovered.add(g.label + "=" + g.value);
        }
      } else if (g.state == GridCell.State.BLANK && g.value == null) {
        blanks.add(g.label);
        blankSpans.add(ctx.span(g.source));
      } else if (g.state == GridCell.State.NOT_APPLICABLE) {
        ctx.report(Severity.INFO, "not-applicable", ctx.span(g.source), g.path, List.of(), "not-applicable", g.label);
      }
    }
    if (!recovered.isEmpty()) {
      ctx.report(Severity.WARNING, "value-recovered", r.labelSpan, r.key.path(), List.of(),
          "value-recovered", r.key.numberedLabel(), String.join(", ", recovered), relation);
    }
    if (!zeros.isEmpty()) {
      ctx.report(Severity.INFO, "blank-as-zero", zeroSpans.get(0), r.key.path(), zeroSpans,
          "blank-as-zero", r.key.numberedLabel(), String.join(", ", zeros), relation);
    }
    if (!blanks.isEmpty()) {
      ctx.report(Severity.WARNING, "blank-cell", blankSpans.get(0), r.key.path(), blankSpans,
          "blank-cell", r.key.numberedLabel(), String.join(", ", blanks));
    }
  }

  private Applications assemble() {
    Applications.Builder b = Applications.builder().subtotalColumn(subtotalColumn);
    for (Row r : rows.values()) {
      Counts.Builder cb = Counts.builder().span(r.labelSpan);
      for (int i = 0; i < COLUMNS.size(); i++) {
        GridCell g = r.cells[i];
        if (g.value != null) {
          SourceSpan at = g.source != null ? ctx.span(g.source) : r.labelSpan;
          cb.set(COLUMNS.get(i), Located.of(g.value, at));
        }
      }
      b.putRows(r.key, cb.build());
    }
    if (firstOffset >= 0) {
      b.span(ctx.source.span(firstOffset, Math.max(firstOffset, lastOffset)));
    }
    return b.build();
  }

  private static List<RawCell> numbers(List<RawCell> cells) {
    List<RawCell> out = new ArrayList<>();
    for (RawCell c : cells) {
      if (c.value().isNumber()) {
        out.add(c);
      }
    }
    return out;
  }

  static String joinNumbers(List<RawCell> cells) {
    StringBuilder sb = new StringBuilder();
    for (RawCell c : cells) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(c.isEmpty() ? "_" : c.text());
    }
    return sb.toString();
  }
}
