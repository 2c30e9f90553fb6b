package io.github.ogireport.internal.reconstruct;

import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.internal.translate.RowLabels;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Section 三's table as flattened text: one line of labels with their numbers run together
 * ("一、本年新收政府信息公开申请数量230 000023二、上年结转…0000000三、本年度办理结果（一）予以公开7000007…").
 * Each label's digit run is split into the 7 cells 自然人 … 其他, 总计 so that the arithmetic of the
 * template holds: first each row on its own (A2: 总计 = the six before it), then the table (A1: 一 + 二
 * = （七） + 四, A3: （七） = the sum of the result rows, per column). The split under which every sum
 * holds is taken when it is the only one; otherwise the split breaking the fewest relations is kept and
 * the alternatives are listed in a {@code digits-split-ambiguous} warning. Every split chosen is
 * reported ({@code digits-split}). The search is bounded (per run by {@link DigitSplitter}, across
 * rows by {@link #MAX_COMBINATIONS}).
 */
final class FlatApplications {

  static final int CELLS = 7;
  /** Most splits kept per row. */
  static final int MAX_CANDIDATES = 32;
  /** Most combinations of the rows' splits compared. */
  static final int MAX_COMBINATIONS = 50_000;
  /** Identified rows with numbers a line needs to be read as a flattened table. */
  static final int MIN_ROWS = 3;

  /** One label of the table with the numbers after it. */
  private static final class Entry {
    final List<FlatRuns.Run> labels = new ArrayList<>(3);
    FlatRuns.Run numbers;
    ApplicationRow row;
    List<DigitSplitter.Split> candidates = List.of();
    boolean rowSumHolds = true;
  }

  private final FlatRows rows;

  FlatApplications(FlatRows rows) {
    this.rows = rows;
  }

  Optional<List<RawLine>> rebuild(List<RawLine> lines) {
    String text = rows.text;
    List<List<Entry>> perLine = new ArrayList<>(lines.size());
    RowLabels.Group group = null;
    boolean any = false;
    for (RawLine line : lines) {
      RawCell only = FlatRows.only(line);
      if (only == null) {
        perLine.add(null);
        continue;
      }
      List<Entry> entries = new ArrayList<>();
      RowLabels.Group g = group;
      int identified = 0;
      for (FlatRuns.Pair p : FlatRuns.pairs(FlatRuns.of(text, only.start(), only.end(), false))) {
        List<FlatRuns.Run> pieces = p.label == null ? List.of() : FlatRuns.labelPieces(text, p.label);
        if (pieces.size() > 1 && !FlatRuns.enumerated(text, pieces.get(0))) {
          Entry header = new Entry(); // a header or caption glued before the first label
          header.labels.add(pieces.get(0));
          entries.add(header);
          pieces = pieces.subList(1, pieces.size());
        }
        Entry e = new Entry();
        e.labels.addAll(pieces);
        e.numbers = p.numbers;
        List<String> texts = new ArrayList<>();
        for (FlatRuns.Run r : pieces) {
          texts.add(r.text);
        }
        RowLabels.Ident id = RowLabels.identify(texts, g);
        if (id.group() != null) {
          g = id.group();
        }
        if (id.row() != null && e.numbers != null) {
          RowLabels.Group rg = RowLabels.groupOf(id.row());
          if (rg != null && rg != RowLabels.Group.RESULTS) {
            g = rg;
          }
          e.row = id.row();
          identified++;
        }
        entries.add(e);
      }
      if (identified >= MIN_ROWS) {
        perLine.add(entries);
        group = g;
        any = true;
      } else {
        perLine.add(null);
      }
    }
    if (!any) {
      return Optional.empty();
    }
    Map<ApplicationRow, Entry> table = new EnumMap<>(ApplicationRow.class);
    for (List<Entry> entries : perLine) {
      if (entries == null) {
        continue;
      }
      for (Entry e : entries) {
        if (e.row != null && !table.containsKey(e.row)) {
          candidates(e);
          if (!e.candidates.isEmpty()) {
            table.put(e.row, e);
          }
        }
      }
    }
    Map<ApplicationRow, DigitSplitter.Split> chosen = choose(table);
    List<RawLine> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      List<Entry> entries = perLine.get(i);
      if (entries == null) {
        out.add(rows.passThrough(lines.get(i)));
        continue;
      }
      for (Entry e : entries) {
        List<RawCell> cells = new ArrayList<>();
        for (FlatRuns.Run r : e.labels) {
          cells.add(rows.cell(r));
        }
        if (e.numbers != null) {
          DigitSplitter.Split s = table.get(e.row) == e ? chosen.get(e.row) : null;
          cells.addAll(s != null ? rows.cells(e.numbers, s) : rows.groups(e.numbers));
        }
        if (!cells.isEmpty()) {
          out.add(FlatRows.row(cells));
        }
      }
    }
    return Optional.of(out);
  }

  /** The splits of a row's run: those under which its total holds; failing that, all (if few). */
  private void candidates(Entry e) {
    String run = e.numbers.text;
    DigitSplitter.Result r = rows.spend(DigitSplitter.splitRow(run, CELLS, MAX_CANDIDATES, rows.allowance()));
    if (r.splits.isEmpty() && !r.limited) {
      DigitSplitter.CellKind[] kinds = new DigitSplitter.CellKind[CELLS];
      Arrays.fill(kinds, DigitSplitter.CellKind.COUNT);
      r = rows.spend(DigitSplitter.split(run, kinds, DigitSplitter.ANY, MAX_CANDIDATES, rows.allowance()));
      e.rowSumHolds = false;
    }
    if (r.limited) {
      rows.report(Severity.WARNING, "digits-split-failed", e.numbers, e.row.path(), "digits-split-failed.limit",
          e.numbers.text, e.row.label(), String.valueOf(CELLS));
      return;
    }
    if (r.splits.isEmpty()) {
      rows.report(Severity.WARNING, "digits-split-failed", e.numbers, e.row.path(), "digits-split-failed.cells",
          e.numbers.text, e.row.label(), String.valueOf(CELLS));
      return;
    }
    e.candidates = r.splits;
  }

  /** The table's relations, as rows of each side; evaluated per column. */
  private static final class Relation {
    final String name;
    final List<ApplicationRow> left;
    final List<ApplicationRow> right;

    Relation(String name, List<ApplicationRow> left, List<ApplicationRow> right) {
      this.name = name;
      this.left = left;
      this.right = right;
    }
  }

  /** Chooses one split per row: the combination breaking the fewest relations; reports. */
  private Map<ApplicationRow, DigitSplitter.Split> choose(Map<ApplicationRow, Entry> table) {
    if (table.isEmpty()) {
      return Map.of();
    }
    List<Relation> relations = relations(table);
    List<Entry> entries = new ArrayList<>(table.values());
    int n = entries.size();
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (entries.get(i).candidates.size() > 1) {
        open.add(i);
      }
    }
    Search s = new Search(entries, relations, open);
    s.run(0);
    int[] best = s.best.get(0);
    Map<ApplicationRow, DigitSplitter.Split> out = new EnumMap<>(ApplicationRow.class);
    for (int i = 0; i < n; i++) {
      Entry e = entries.get(i);
      DigitSplitter.Split split = e.candidates.get(best[i]);
      out.put(e.row, split);
      if (FlatRows.splits(e.numbers, split)) {
        rows.report(Severity.INFO, "digits-split", e.numbers, e.row.path(), "digits-split",
            e.numbers.text, e.row.label(), split.describe(e.numbers.text));
      }
    }
    if (s.bestCount > 1) {
      for (int i : open) {
        Entry e = entries.get(i);
        List<DigitSplitter.Split> alternatives = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        for (int[] c : s.best) {
          if (!seen.contains(c[i])) {
            seen.add(c[i]);
            alternatives.add(e.candidates.get(c[i]));
          }
        }
        if (alternatives.size() > 1) {
          rows.report(Severity.WARNING, "digits-split-ambiguous", e.numbers, e.row.path(),
              "digits-split-ambiguous.many", e.numbers.text, e.row.label(), String.valueOf(alternatives.size()),
              FlatRows.describe(e.numbers, alternatives), alternatives.get(0).describe(e.numbers.text));
        }
      }
    }
    if (s.bestScore > 0) {
      Entry at = table.getOrDefault(ApplicationRow.TOTAL_HANDLED, entries.get(0));
      rows.report(Severity.WARNING, "digits-split-ambiguous", at.numbers, "applications",
          "digits-split-ambiguous.none", s.describeFailures(best), String.valueOf(s.bestScore),
          String.valueOf(s.relationCount()));
    }
    if (s.limited) {
      rows.report(Severity.WARNING, "digits-split-ambiguous", entries.get(0).numbers, "applications",
          "digits-split-ambiguous.search", String.valueOf(MAX_COMBINATIONS));
    }
    return out;
  }

  /** A1 and A3 as far as the rows they need are present (A3 with （六） as one row or as three). */
  private static List<Relation> relations(Map<ApplicationRow, Entry> table) {
    List<Relation> out = new ArrayList<>();
    List<ApplicationRow> a1l = List.of(ApplicationRow.NEWLY_RECEIVED, ApplicationRow.CARRIED_OVER);
    List<ApplicationRow> a1r = List.of(ApplicationRow.TOTAL_HANDLED, ApplicationRow.CARRIED_FORWARD);
    if (table.keySet().containsAll(a1l) && table.keySet().containsAll(a1r)) {
      out.add(new Relation("A1", a1l, a1r));
    }
    boolean collapsed = table.containsKey(ApplicationRow.OTHER_HANDLING_SUBTOTAL);
    List<ApplicationRow> results = new ArrayList<>();
    for (ApplicationRow k : ApplicationRow.values()) {
      if (!k.isResult()) {
        continue;
      }
      boolean sixItem = k.group().isPresent() && k.group().get() == ApplicationRow.Group.OTHER_HANDLING;
      if (sixItem && collapsed != (k == ApplicationRow.OTHER_HANDLING_SUBTOTAL)) {
        continue;
      }
      if (!table.containsKey(k)) {
        return out; // a result row is lost: A3 cannot be used
      }
      results.add(k);
    }
    if (table.containsKey(ApplicationRow.TOTAL_HANDLED)) {
      out.add(new Relation("A3", List.of(ApplicationRow.TOTAL_HANDLED), results));
    }
    return out;
  }

  /** Depth-first over the rows with several splits; keeps the combinations breaking fewest relations. */
  private static final class Search {
    final List<Entry> entries;
    final List<Relation> relations;
    final List<Integer> open;
    final int[] choice;
    final List<int[]> best = new ArrayList<>();
    int bestScore = Integer.MAX_VALUE;
    int bestCount;
    int evaluations;
    boolean limited;
    final Map<ApplicationRow, Integer> index = new EnumMap<>(ApplicationRow.class);

    Search(List<Entry> entries, List<Relation> relations, List<Integer> open) {
      this.entries = entries;
      this.relations = relations;
      this.open = open;
      this.choice = new int[entries.size()];
      for (int i = 0; i < entries.size(); i++) {
        index.put(entries.get(i).row, i);
      }
    }

    int relationCount() {
      int rowSums = 0;
      for (Entry e : entries) {
        rowSums += e.rowSumHolds ? 0 : 1;
      }
      return relations.size() * CELLS + rowSums;
    }

    void run(int depth) {
      if (limited) {
        return;
      }
      if (depth == open.size()) {
        if (++evaluations > MAX_COMBINATIONS) {
          limited = true;
          return;
        }
        int score = score(choice);
        if (score < bestScore) {
          bestScore = score;
          best.clear();
          bestCount = 0;
        }
        if (score == bestScore) {
          bestCount++;
          if (best.size() < 16) {
            best.add(choice.clone());
          }
        }
        return;
      }
      int i = open.get(depth);
      for (int c = 0; c < entries.get(i).candidates.size() && !limited; c++) {
        choice[i] = c;
        run(depth + 1);
      }
      choice[i] = 0;
    }

    long value(int[] choice, ApplicationRow row, int column) {
      int i = index.get(row);
      return entries.get(i).candidates.get(choice[i]).values[column].longValue();
    }

    /** Relations broken: per row whose total does not hold, per column of A1 and A3 that fails. */
    int score(int[] choice) {
      int score = 0;
      for (Entry e : entries) {
        score += e.rowSumHolds ? 0 : 1;
      }
      for (Relation r : relations) {
        for (int c = 0; c < CELLS; c++) {
          if (!holds(r, choice, c)) {
            score++;
          }
        }
      }
      return score;
    }

    boolean holds(Relation r, int[] choice, int c) {
      long left = 0;
      for (ApplicationRow k : r.left) {
        left += value(choice, k, c);
      }
      long right = 0;
      for (ApplicationRow k : r.right) {
        right += value(choice, k, c);
      }
      return left == right;
    }

    String describeFailures(int[] choice) {
      List<String> out = new ArrayList<>();
      for (Entry e : entries) {
        if (!e.rowSumHolds) {
          out.add("A2 " + e.row.label());
        }
      }
      for (Relation r : relations) {
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < CELLS; c++) {
          if (!holds(r, choice, c)) {
            columns.add(ApplicantColumn.STANDARD.get(c).label());
          }
        }
        if (!columns.isEmpty()) {
          out.add(r.name + " (" + String.join(", ", columns) + ")");
        }
      }
      return String.join("; ", out);
    }
  }
}
