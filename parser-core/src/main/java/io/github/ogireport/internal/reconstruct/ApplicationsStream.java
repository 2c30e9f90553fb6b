package io.github.ogireport.internal.reconstruct;

import io.github.ogireport.internal.diag.DiagnosticSink;
import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.internal.text.SourceText;
import io.github.ogireport.internal.translate.Labels;
import io.github.ogireport.internal.translate.Vocabulary;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rebuilds the rows of section 三's table from a {@link CellStream}. The numbers come in runs between
 * labels. A run is read one of two ways:
 * <ul>
 *   <li><b>row by row</b> (pdftotext, web copies): the run starts at the row its label names — or,
 *       when its label is printed elsewhere (corpus 021 prints the labels of （一）（二） after their
 *       numbers), at the row after the last one placed — and fills consecutive rows of the template,
 *       7 numbers each (8 with a 小计 column);</li>
 *   <li><b>column by column</b> (pdfminer, corpus 024, 025): when two or more row labels are followed
 *       by exactly 7 numbers per label, and the row totals (A2) hold for more rows read by column
 *       than by row, the labels are the rows and the numbers are their columns, one after the other.</li>
 * </ul>
 * The template's row order is fixed, but （六）其他处理 is printed as three rows or as one: the labels
 * decide (its items printed, or （六） as a row with numbers); failing that, both orders are tried
 * and the one under which every label agrees with its place is kept. Every row placed by order, every
 * transposed run, every run that cannot be placed and every sum the rebuilt rows break is reported.
 * Rows come out as tab rows: one label cell (the label as printed; for a row whose label is printed
 * nowhere, the standard label as an empty range at its numbers) and the value cells.
 */
final class ApplicationsStream {

  /** How a row's numbers were placed. */
  private enum How { LABELLED, ORDER, COLUMN }

  /** The numbers of one row and how they were placed. */
  private static final class Placed {
    final List<RawCell> values;
    final StreamLabels.Label label;
    final How how;

    Placed(List<RawCell> values, StreamLabels.Label label, How how) {
      this.values = values;
      this.label = label;
      this.how = how;
    }
  }

  /** A run of values and the labels printed between the previous run and it. */
  private static final class Run {
    final List<RawCell> values = new ArrayList<>();
    final List<StreamLabels.Label> before;

    Run(List<StreamLabels.Label> before) {
      this.before = before;
    }
  }

  /** The outcome of placing every run under one row order. */
  private static final class Walk {
    final List<ApplicationRow> order;
    final Map<ApplicationRow, Placed> rows = new EnumMap<>(ApplicationRow.class);
    final List<Transposed> transposed = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    /** Rows placed by order right after a label naming another row (already placed): row → that label. */
    final Map<ApplicationRow, StreamLabels.Label> disagreeing = new EnumMap<>(ApplicationRow.class);

    Walk(List<ApplicationRow> order) {
      this.order = order;
    }
  }

  /** A run read column by column: its rows, and which printed block of numbers is which column. */
  private static final class Transposed {
    final Run run;
    final int[] blocks;
    final List<List<RawCell>> rows;
    final int holding;
    final boolean ambiguous;

    Transposed(Run run, int[] blocks, List<List<RawCell>> rows, int holding, boolean ambiguous) {
      this.run = run;
      this.blocks = blocks;
      this.rows = rows;
      this.holding = holding;
      this.ambiguous = ambiguous;
    }

    boolean reordered() {
      for (int c = 0; c < blocks.length; c++) {
        if (blocks[c] != c) {
          return true;
        }
      }
      return false;
    }
  }

  /** Numbers that could not be placed, and the message saying why. */
  private static final class Problem {
    final List<RawCell> cells;
    final String key;
    final String row;

    Problem(List<RawCell> cells, String key, String row) {
      this.cells = cells;
      this.key = key;
      this.row = row;
    }
  }

  private static final List<ApplicationRow> FULL = new ArrayList<>();
  private static final List<ApplicationRow> COLLAPSED = new ArrayList<>();
  private static final Set<ApplicationRow> SIX_ITEMS = EnumSet.of(
      ApplicationRow.NO_AMENDMENT_IN_TIME, ApplicationRow.FEE_UNPAID, ApplicationRow.OTHER);

  static {
    for (ApplicationRow r : ApplicationRow.values()) {
      if (r != ApplicationRow.OTHER_HANDLING_SUBTOTAL) {
        FULL.add(r);
      }
      if (!SIX_ITEMS.contains(r)) {
        COLLAPSED.add(r);
      }
    }
  }

  /** Column names in the order of a row with a 小计 column. */
  private static final List<String> COLUMN_NAMES = List.of(
      "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "小计", "总计");

  private final SourceText source;
  private final DiagnosticSink sink;
  private final List<Run> runs = new ArrayList<>();
  private final List<StreamLabels.Label> labels = new ArrayList<>();
  private final List<RawCell> header = new ArrayList<>();
  private int width = 7;

  private ApplicationsStream(SourceText source, DiagnosticSink sink) {
    this.source = source;
    this.sink = sink;
  }

  /**
   * The rows of the applications table in {@code stream}, or empty if it holds no value or no row
   * label (nothing of the table: left to the other readers); reports through {@code sink}.
   */
  static Optional<List<RawLine>> rebuild(CellStream stream, SourceText source, DiagnosticSink sink) {
    return new ApplicationsStream(source, sink).rebuild(stream);
  }

  private Optional<List<RawLine>> rebuild(CellStream stream) {
    split(stream);
    boolean values = runs.stream().anyMatch(r -> r.values.stream().anyMatch(c -> !c.isEmpty()));
    if (!values || labels.stream().noneMatch(l -> l.name.row().isPresent())) {
      return Optional.empty();
    }
    boolean sixItems = labels.stream().anyMatch(l -> l.name.row().filter(SIX_ITEMS::contains).isPresent());
    boolean sixRow = !sixItems && labels.stream()
        .anyMatch(l -> l.name.row().filter(r -> r == ApplicationRow.OTHER_HANDLING_SUBTOTAL).isPresent());
    Walk walk;
    if (sixItems || sixRow) {
      walk = walk(sixItems ? FULL : COLLAPSED);
    } else {
      walk = choose(walk(FULL), walk(COLLAPSED));
    }
    report(walk);
    return Optional.of(emit(walk));
  }

  /** Splits the stream into runs of values and the labels before each; collects the header cells. */
  private void split(CellStream stream) {
    Vocabulary.RowReader reader = new Vocabulary.RowReader();
    List<RawCell> texts = new ArrayList<>();
    Run current = null;
    for (CellStream.Token t : stream.tokens()) {
      if (t.value) {
        if (current == null) {
          List<StreamLabels.Label> before = StreamLabels.find(texts, reader);
          labels.addAll(before);
          texts.clear();
          current = new Run(before);
          runs.add(current);
        }
        current.values.add(t.cell);
      } else {
        current = null;
        texts.add(t.cell);
        if (StreamLabels.isHeaderWord(t.text()) && !Labels.fold(t.text()).equals("其他")
            && !Labels.fold(t.text()).equals("总计")) {
          header.add(t.cell);
          if (Labels.fold(t.text()).contains("小计")) {
            width = 8;
          }
        }
      }
    }
    labels.addAll(StreamLabels.find(texts, reader));
  }

  /** Places every run under row order {@code order}. */
  private Walk walk(List<ApplicationRow> order) {
    Walk w = new Walk(order);
    int cursor = -1;
    for (Run run : runs) {
      List<StreamLabels.Label> rowLabels = new ArrayList<>();
      for (StreamLabels.Label l : run.before) {
        if (l.name.row().isPresent() && order.contains(l.name.row().get())) {
          rowLabels.add(l);
        }
      }
      List<RawCell> v = run.values;
      if (v.stream().allMatch(RawCell::isEmpty) && anchor(rowLabels, order, cursor) == null) {
        continue; // empty cells between header cells (web copies): no row
      }
      if (rowLabels.size() >= 2 && v.size() == rowLabels.size() * width && distinct(rowLabels)
          && order.indexOf(rowLabels.get(0).name.row().get()) > cursor) {
        int n = rowLabels.size();
        List<List<RawCell>> byRow = new ArrayList<>();
        for (int j = 0; j < n; j++) {
          byRow.add(v.subList(j * width, (j + 1) * width));
        }
        Transposed t = transpose(run, n);
        boolean columnMajor = t.holding >= holding(byRow);
        if (columnMajor) {
          w.transposed.add(t);
        }
        List<List<RawCell>> byColumn = t.rows;
        for (int j = 0; j < n; j++) {
          StreamLabels.Label l = rowLabels.get(j);
          ApplicationRow row = l.name.row().get();
          List<RawCell> cells = columnMajor ? byColumn.get(j) : byRow.get(j);
          if (w.rows.containsKey(row)) {
            w.problems.add(new Problem(cells, "rows-order-conflict", row.label()));
          } else {
            w.rows.put(row, new Placed(cells, l, columnMajor ? How.COLUMN : How.LABELLED));
          }
          cursor = Math.max(cursor, order.indexOf(row));
        }
        continue;
      }
      StreamLabels.Label anchor = anchor(rowLabels, order, cursor);
      int start = anchor != null ? order.indexOf(anchor.name.row().get()) : cursor + 1;
      List<List<RawCell>> chunks = chunks(v);
      if (chunks == null) {
        w.problems.add(new Problem(v, "cells-unplaced", String.valueOf(width)));
        continue;
      }
      for (int c = 0; c < chunks.size(); c++) {
        int at = start + c;
        if (at >= order.size()) {
          w.problems.add(new Problem(chunks.get(c), "rows-order-overflow", ""));
          continue;
        }
        if (w.rows.containsKey(order.get(at))) {
          w.problems.add(new Problem(chunks.get(c), "rows-order-conflict", order.get(at).label()));
          continue;
        }
        boolean labelled = c == 0 && anchor != null;
        w.rows.put(order.get(at), new Placed(chunks.get(c), labelled ? anchor : null,
            labelled ? How.LABELLED : How.ORDER));
        StreamLabels.Label last = run.before.isEmpty() ? null : run.before.get(run.before.size() - 1);
        if (c == 0 && anchor == null && last != null && rowLabels.contains(last)) {
          w.disagreeing.put(order.get(at), last);
        }
      }
      cursor = Math.max(cursor, start + chunks.size() - 1);
    }
    return w;
  }

  /**
   * {@code run} read column by column as {@code n} rows. The columns are taken in printed order unless
   * some row total (A2) then fails: pdfminer may print a column's block of numbers out of place (024
   * prints the 总计 block before 其他's). The blocks are then assigned to columns so that the most
   * rows hold, moving the blocks least from their printed places (the sum of the distances each
   * block moves: swapping neighbours moves them 2); if two such assignments give
   * different values, the printed order is kept (and the failing totals are reported later).
   */
  private Transposed transpose(Run run, int n) {
    List<RawCell> v = run.values;
    long[][] blocks = new long[width][n];
    for (int b = 0; b < width; b++) {
      for (int j = 0; j < n; j++) {
        RawCell c = v.get(b * n + j);
        blocks[b][j] = c.value().isCount() ? c.value().number().longValueExact() : -1;
      }
    }
    int[] identity = new int[width];
    for (int c = 0; c < width; c++) {
      identity[c] = c;
    }
    int printed = holding(blocks, identity, n);
    if (printed == n) {
      return new Transposed(run, identity, columns(v, n, identity), printed, false);
    }
    List<int[]> best = new ArrayList<>();
    best.add(identity);
    int bestHolding = printed;
    int bestMoves = 0;
    for (int[] p : Permutations.of(width)) {
      int h = holding(blocks, p, n);
      int moves = 0;
      for (int c = 0; c < width; c++) {
        moves += Math.abs(p[c] - c);
      }
      if (h > bestHolding || h == bestHolding && moves < bestMoves) {
        best.clear();
        bestHolding = h;
        bestMoves = moves;
      }
      if (h == bestHolding && moves == bestMoves) {
        best.add(p);
      }
    }
    for (int[] p : best) {
      for (int c = 0; c < width; c++) {
        if (!java.util.Arrays.equals(blocks[p[c]], blocks[best.get(0)[c]])) {
          return new Transposed(run, identity, columns(v, n, identity), printed, true);
        }
      }
    }
    return new Transposed(run, best.get(0), columns(v, n, best.get(0)), bestHolding, false);
  }

  /** How many of the {@code n} rows hold A2 when column c is printed block {@code p[c]} (-1: not a count). */
  private int holding(long[][] blocks, int[] p, int n) {
    int holding = 0;
    for (int j = 0; j < n; j++) {
      long parts = 0;
      long orgs = 0;
      boolean counts = true;
      for (int c = 0; c < width; c++) {
        long x = blocks[p[c]][j];
        counts &= x >= 0;
        if (c < 6) {
          parts += x;
          orgs += c > 0 ? x : 0;
        }
      }
      if (counts && parts == blocks[p[width - 1]][j] && (width == 7 || orgs == blocks[p[6]][j])) {
        holding++;
      }
    }
    return holding;
  }

  /** Rows of {@code v} read column by column, column c being printed block {@code blocks[c]}. */
  private List<List<RawCell>> columns(List<RawCell> v, int n, int[] blocks) {
    List<List<RawCell>> rows = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      List<RawCell> row = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        row.add(v.get(blocks[c] * n + j));
      }
      rows.add(row);
    }
    return rows;
  }

  /** The last of {@code rowLabels} naming a row after {@code cursor} (labels naming rows already placed were printed after their numbers). */
  private static StreamLabels.Label anchor(List<StreamLabels.Label> rowLabels, List<ApplicationRow> order, int cursor) {
    StreamLabels.Label anchor = null;
    for (StreamLabels.Label l : rowLabels) {
      if (order.indexOf(l.name.row().get()) > cursor) {
        anchor = l;
      }
    }
    return anchor;
  }

  /** A row-by-row run cut into rows: one row if it is short, else whole rows; null if neither. */
  private List<List<RawCell>> chunks(List<RawCell> v) {
    List<RawCell> run = v;
    if (run.size() > width && run.size() % width != 0) {
      int to = run.size();
      while (to > 0 && run.get(to - 1).isEmpty()) {
        to--;
      }
      run = run.subList(0, to);
    }
    if (run.size() <= width) {
      return List.of(run);
    }
    if (run.size() % width != 0) {
      return null;
    }
    List<List<RawCell>> out = new ArrayList<>();
    for (int i = 0; i < run.size(); i += width) {
      out.add(run.subList(i, i + width));
    }
    return out;
  }

  private static boolean distinct(List<StreamLabels.Label> rowLabels) {
    Set<ApplicationRow> seen = EnumSet.noneOf(ApplicationRow.class);
    for (StreamLabels.Label l : rowLabels) {
      if (!seen.add(l.name.row().get())) {
        return false;
      }
    }
    return true;
  }

  /** How many of {@code rows} are all numbers with 总计 (and 小计) equal to their parts (A2). */
  private int holding(List<List<RawCell>> rows) {
    int n = 0;
    for (List<RawCell> r : rows) {
      if (Boolean.TRUE.equals(rowSumHolds(r))) {
        n++;
      }
    }
    return n;
  }

  /** A2 for one row of {@link #width} cells: null if some cell is not a number. */
  private Boolean rowSumHolds(List<RawCell> r) {
    if (r.size() != width || r.stream().anyMatch(c -> !c.value().isNumber())) {
      return null;
    }
    BigDecimal parts = BigDecimal.ZERO;
    BigDecimal orgs = BigDecimal.ZERO;
    for (int i = 0; i < 6; i++) {
      parts = parts.add(r.get(i).value().number());
      if (i > 0) {
        orgs = orgs.add(r.get(i).value().number());
      }
    }
    boolean total = parts.compareTo(r.get(width - 1).value().number()) == 0;
    return width == 8 ? total && orgs.compareTo(r.get(6).value().number()) == 0 : total;
  }

  /**
   * Of the two row orders (（六） as three rows, as one), the one under which every run found its
   * place; if both, the one that fills its whole table; if still both and they differ, the rows
   * they agree on (the others are reported and left out).
   */
  private Walk choose(Walk full, Walk collapsed) {
    if (full.problems.size() != collapsed.problems.size()) {
      return full.problems.size() < collapsed.problems.size() ? full : collapsed;
    }
    boolean fullComplete = full.rows.size() == FULL.size();
    boolean collapsedComplete = collapsed.rows.size() == COLLAPSED.size();
    if (fullComplete != collapsedComplete) {
      return fullComplete ? full : collapsed;
    }
    Walk agreed = new Walk(FULL);
    agreed.transposed.addAll(full.transposed);
    agreed.problems.addAll(full.problems);
    agreed.disagreeing.putAll(full.disagreeing);
    List<RawCell> dropped = new ArrayList<>();
    for (Map.Entry<ApplicationRow, Placed> e : full.rows.entrySet()) {
      Placed other = collapsed.rows.get(e.getKey());
      if (other != null && other.values.equals(e.getValue().values)) {
        agreed.rows.put(e.getKey(), e.getValue());
      } else {
        dropped.addAll(e.getValue().values);
      }
    }
    if (!dropped.isEmpty()) {
      sink.add(Severity.WARNING, "cells-ambiguous", Optional.of(span(dropped)), Optional.of("applications"),
          spans(dropped), "rows-order-ambiguous", numbers(dropped));
    }
    return agreed;
  }

  /** Reports the transposed runs, the rows placed by order, the problems, and sums the rebuilt rows break. */
  private void report(Walk w) {
    for (Transposed t : w.transposed) {
      Run run = t.run;
      int n = run.values.size() / width;
      sink.add(Severity.INFO, "cells-column-major", Optional.of(span(run.values)), Optional.of("applications"),
          List.of(), "cells-column-major", String.valueOf(n), String.valueOf(width), firstRow(run), lastRow(run));
      if (t.reordered()) {
        String[] names = new String[width];
        for (int c = 0; c < width; c++) {
          names[t.blocks[c]] = COLUMN_NAMES.get(width == 8 ? c : c == 6 ? 7 : c);
        }
        sink.add(Severity.WARNING, "columns-reordered", Optional.of(span(run.values)), Optional.of("applications"),
            List.of(), "columns-reordered", firstRow(run), lastRow(run), String.join(", ", names));
      }
      if (t.ambiguous) {
        sink.add(Severity.WARNING, "rows-order-unverified", Optional.of(span(run.values)), Optional.of("applications"),
            List.of(), "columns-ambiguous", firstRow(run), lastRow(run));
      }
    }
    for (Map.Entry<ApplicationRow, Placed> e : w.rows.entrySet()) {
      Placed p = e.getValue();
      if (p.how != How.ORDER) {
        continue;
      }
      ApplicationRow row = e.getKey();
      StreamLabels.Label printed = labelOf(row);
      String path = row.path();
      StreamLabels.Label other = w.disagreeing.get(row);
      if (other != null) {
        sink.add(Severity.WARNING, "row-label-disagrees", Optional.of(span(p.values)), Optional.of(path),
            List.of(source.span(other.cells.get(0).start(), other.cells.get(other.cells.size() - 1).end())),
            "row-label-disagrees", numbers(p.values), other.text, row.label());
      }
      if (printed != null) {
        SourceSpan at = source.span(printed.cells.get(0).start(), printed.cells.get(printed.cells.size() - 1).end());
        sink.add(Severity.INFO, "row-placed-by-order", Optional.of(span(p.values)), Optional.of(path), List.of(at),
            "row-placed-by-order", row.label(), numbers(p.values), at.position());
      } else {
        sink.add(Severity.WARNING, "row-placed-by-order", Optional.of(span(p.values)), Optional.of(path), List.of(),
            "row-placed-by-order.unlabelled", row.label(), numbers(p.values));
      }
    }
    for (Problem p : w.problems) {
      if (p.cells.stream().allMatch(RawCell::isEmpty)) {
        continue;
      }
      String code = p.key.equals("cells-unplaced") ? "cells-unplaced" : "rows-order-conflict";
      sink.add(Severity.WARNING, code, Optional.of(span(p.cells)), Optional.of("applications"),
          spans(p.cells), p.key, numbers(p.cells), p.row);
    }
    if (w.transposed.isEmpty() && w.rows.values().stream().noneMatch(p -> p.how == How.ORDER)) {
      return;
    }
    checkSums(w);
  }

  /** Reports the template sums (A2 per rebuilt row, A1 and A3 per column) the rebuilt table breaks. */
  private void checkSums(Walk w) {
    List<String> broken = new ArrayList<>();
    List<SourceSpan> cells = new ArrayList<>();
    for (ApplicationRow row : w.order) {
      Placed p = w.rows.get(row);
      if (p != null && p.how != How.LABELLED && Boolean.FALSE.equals(rowSumHolds(p.values))) {
        broken.add("A2 " + row.label());
        cells.addAll(spans(p.values));
      }
    }
    String[] columns = {"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"};
    for (int c = 0; c < 7; c++) {
      int col = c == 6 ? width - 1 : c;
      Long nr = value(w, ApplicationRow.NEWLY_RECEIVED, col);
      Long co = value(w, ApplicationRow.CARRIED_OVER, col);
      Long th = value(w, ApplicationRow.TOTAL_HANDLED, col);
      Long cf = value(w, ApplicationRow.CARRIED_FORWARD, col);
      if (nr != null && co != null && th != null && cf != null && nr + co != th + cf) {
        broken.add("A1 " + columns[c]);
        cells.add(span(List.of(w.rows.get(ApplicationRow.TOTAL_HANDLED).values.get(col))));
      }
      long sum = 0;
      boolean all = th != null;
      for (ApplicationRow r : w.order) {
        if (r.isResult() && all) {
          Long v = value(w, r, col);
          if (v == null) {
            all = false;
          } else {
            sum += v;
          }
        }
      }
      if (all && sum != th) {
        broken.add("A3 " + columns[c]);
        cells.add(span(List.of(w.rows.get(ApplicationRow.TOTAL_HANDLED).values.get(col))));
      }
    }
    if (!broken.isEmpty()) {
      List<RawCell> all = new ArrayList<>();
      for (Placed p : w.rows.values()) {
        all.addAll(p.values);
      }
      sink.add(Severity.WARNING, "rows-order-unverified", Optional.of(span(all)), Optional.of("applications"),
          cells, "rows-order-unverified", String.join(", ", broken));
    }
  }

  private Long value(Walk w, ApplicationRow row, int col) {
    Placed p = w.rows.get(row);
    if (p == null || p.values.size() != width || !p.values.get(col).value().isCount()) {
      return null;
    }
    return p.values.get(col).value().number().longValueExact();
  }

  /** The first printed label naming {@code row}. */
  private StreamLabels.Label labelOf(ApplicationRow row) {
    for (StreamLabels.Label l : labels) {
      if (l.name.row().filter(r -> r == row).isPresent()) {
        return l;
      }
    }
    return null;
  }

  /** The rebuilt rows as tab rows, in the template's order, after a line of the header cells found. */
  private List<RawLine> emit(Walk w) {
    List<RawLine> out = new ArrayList<>();
    if (!header.isEmpty()) {
      out.add(line(new ArrayList<>(header)));
    }
    for (ApplicationRow row : w.order) {
      Placed p = w.rows.get(row);
      if (p == null) {
        continue;
      }
      StreamLabels.Label label = p.label != null ? p.label : labelOf(row);
      RawCell labelCell;
      if (label != null) {
        labelCell = label.cell();
      } else {
        int at = p.values.isEmpty() ? 0 : p.values.get(0).start();
        labelCell = new RawCell(standardLabel(row), at, at);
      }
      List<RawCell> cells = new ArrayList<>(p.values.size() + 1);
      cells.add(labelCell);
      cells.addAll(p.values);
      out.add(line(cells));
    }
    return out;
  }

  private static RawLine line(List<RawCell> cells) {
    int start = Integer.MAX_VALUE;
    int end = 0;
    for (RawCell c : cells) {
      start = Math.min(start, c.start());
      end = Math.max(end, c.end());
    }
    return new RawLine(RawLine.Kind.ROW, start, Math.max(start, end), 0, cells);
  }

  /** The standard label of {@code row} with its numbering (一、 （一） 1.), as the template prints it. */
  static String standardLabel(ApplicationRow row) {
    switch (row) {
      case NEWLY_RECEIVED: return "一、" + row.label();
      case CARRIED_OVER: return "二、" + row.label();
      case GRANTED: return "(一)" + row.label();
      case PARTIALLY_GRANTED: return "(二)" + row.label();
      case OTHER_HANDLING_SUBTOTAL: return "(六)" + row.label();
      case TOTAL_HANDLED: return "(七)" + row.label();
      case CARRIED_FORWARD: return "四、" + row.label();
      default:
        int n = 0;
        for (ApplicationRow r : FULL) {
          if (r.group().equals(row.group())) {
            n++;
          }
          if (r == row) {
            break;
          }
        }
        return n + "." + row.label();
    }
  }

  private String firstRow(Run run) {
    for (StreamLabels.Label l : run.before) {
      if (l.name.row().isPresent()) {
        return l.name.row().get().label();
      }
    }
    return "";
  }

  private String lastRow(Run run) {
    String last = "";
    for (StreamLabels.Label l : run.before) {
      if (l.name.row().isPresent()) {
        last = l.name.row().get().label();
      }
    }
    return last;
  }

  private SourceSpan span(List<RawCell> cells) {
    int s = Integer.MAX_VALUE;
    int e = 0;
    for (RawCell c : cells) {
      s = Math.min(s, c.start());
      e = Math.max(e, c.end());
    }
    return source.span(s, Math.max(s, e));
  }

  private List<SourceSpan> spans(List<RawCell> cells) {
    List<SourceSpan> out = new ArrayList<>(cells.size());
    for (RawCell c : cells) {
      out.add(source.span(c.start(), c.end()));
    }
    return out;
  }

  static String numbers(List<RawCell> cells) {
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
