package io.github.ogireport.internal.reconstruct;

import io.github.ogireport.internal.diag.DiagnosticSink;
import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.internal.text.SourceText;
import io.github.ogireport.internal.translate.Labels;
import io.github.ogireport.internal.translate.Vocabulary;
import io.github.ogireport.model.DisclosureField;
import io.github.ogireport.model.DisclosureItem;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import io.github.ogireport.model.TemplateVersion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rebuilds section 二's small tables from a {@link CellStream}. Row labels (规章, 行政许可, …) wait for
 * the next run of values; a run is shared out among the waiting rows table by table (第二十条第（一）项,
 * （五）, …), each row taking as many values as its table has columns in the template (2019 when a
 * caption, column or row only the 2019 template has is printed, else 2021). Two or more rows of one
 * table waiting together (pdfminer prints the labels, then the numbers column by column: corpus 024,
 * 025) take the values column by column; that is reported. A row given fewer values than it has
 * columns keeps none (which column a value stood in cannot be told) and that is reported. Captions
 * and header cells (信息内容 and the column names, wherever they were printed) are put back in front
 * of their table's rows, so the rows read as a tab-separated table would.
 */
final class DisclosureStream {

  /** A row label and the values given to it. */
  private static final class Row {
    final DisclosureItem item;
    final RawCell label;
    List<RawCell> values = List.of();

    Row(DisclosureItem item, RawCell label) {
      this.item = item;
      this.label = label;
    }
  }

  private final SourceText source;
  private final DiagnosticSink sink;
  private final Map<DisclosureItem, Row> rows = new LinkedHashMap<>();
  private final Map<Integer, RawCell> captions = new LinkedHashMap<>();
  private final List<RawCell> contentHeaders = new ArrayList<>();
  private final List<RawCell> fieldHeaders = new ArrayList<>();
  private TemplateVersion template = TemplateVersion.V2021;

  private DisclosureStream(SourceText source, DiagnosticSink sink) {
    this.source = source;
    this.sink = sink;
  }

  /** The rows of section 二's tables in {@code stream}, or empty if it holds no row label; reports through {@code sink}. */
  static Optional<List<RawLine>> rebuild(CellStream stream, SourceText source, DiagnosticSink sink) {
    boolean labels = stream.tokens().stream()
        .anyMatch(t -> !t.value && Vocabulary.disclosureItem(t.text()).isPresent());
    return labels ? Optional.of(new DisclosureStream(source, sink).rebuild(stream)) : Optional.empty();
  }

  private List<RawLine> rebuild(CellStream stream) {
    collect(stream);
    List<Row> waiting = new ArrayList<>();
    List<RawCell> run = new ArrayList<>();
    for (CellStream.Token t : stream.tokens()) {
      if (t.value) {
        run.add(t.cell);
        continue;
      }
      if (!run.isEmpty()) {
        share(waiting, run);
        run = new ArrayList<>();
      }
      Optional<DisclosureItem> item = Vocabulary.disclosureItem(t.text());
      if (item.isPresent() && !rows.containsKey(item.get())) {
        Row r = new Row(item.get(), t.cell);
        rows.put(item.get(), r);
        waiting.add(r);
      }
    }
    if (!run.isEmpty()) {
      share(waiting, run);
    }
    return emit();
  }

  /** Finds captions, header cells and the template. */
  private void collect(CellStream stream) {
    boolean saw2019 = false;
    for (CellStream.Token t : stream.tokens()) {
      if (t.value) {
        continue;
      }
      int clause = Vocabulary.captionClause(t.text());
      if (clause > 0) {
        captions.putIfAbsent(clause, t.cell);
        saw2019 |= clause == 9;
        continue;
      }
      if (Labels.fold(t.text()).equals("信息内容")) {
        contentHeaders.add(t.cell);
        continue;
      }
      for (RawCell c : fieldCells(t.cell)) {
        DisclosureField f = Vocabulary.disclosureField(c.text()).get();
        fieldHeaders.add(c);
        saw2019 |= !EnumSet.of(DisclosureField.ISSUED, DisclosureField.REPEALED, DisclosureField.IN_FORCE,
            DisclosureField.AMOUNT, DisclosureField.DECISIONS).contains(f);
      }
      Optional<DisclosureItem> item = Vocabulary.disclosureItem(t.text());
      saw2019 |= item.filter(i -> i == DisclosureItem.OTHER_EXTERNAL_SERVICES
          || i == DisclosureItem.CENTRALIZED_PROCUREMENT).isPresent();
    }
    template = saw2019 ? TemplateVersion.V2019 : TemplateVersion.V2021;
  }

  /**
   * The column names in a header cell: the cell itself if it names a column, its space-separated
   * parts if each names one ("本年废止件数 现行有效件数", as pdfminer joins two cells), else none.
   */
  private static List<RawCell> fieldCells(RawCell cell) {
    String t = cell.text();
    if (t.indexOf(' ') > 0) {
      List<RawCell> parts = new ArrayList<>();
      int i = 0;
      while (i < t.length()) {
        while (i < t.length() && t.charAt(i) == ' ') {
          i++;
        }
        int s = i;
        while (i < t.length() && t.charAt(i) != ' ') {
          i++;
        }
        if (i > s) {
          parts.add(new RawCell(t.substring(s, i), cell.start() + s, cell.start() + i));
        }
      }
      if (parts.size() > 1 && parts.stream().allMatch(p -> Vocabulary.disclosureField(p.text()).isPresent())) {
        return parts;
      }
    }
    return Vocabulary.disclosureField(t).isPresent() ? List.of(cell) : List.of();
  }

  /** Shares {@code run} out among the {@code waiting} rows, table by table; reports what is left over. */
  private void share(List<Row> waiting, List<RawCell> run) {
    int at = 0;
    while (!waiting.isEmpty() && at < run.size()) {
      int clause = waiting.get(0).item.clause();
      List<Row> table = new ArrayList<>();
      while (table.size() < waiting.size() && waiting.get(table.size()).item.clause() == clause) {
        table.add(waiting.get(table.size()));
      }
      int width = waiting.get(0).item.fields(template).size();
      boolean sameWidth = table.stream().allMatch(r -> r.item.fields(template).size() == width);
      int need = table.size() * width;
      if (table.size() >= 2 && sameWidth && run.size() - at >= need) {
        for (int j = 0; j < table.size(); j++) {
          List<RawCell> v = new ArrayList<>(width);
          for (int c = 0; c < width; c++) {
            v.add(run.get(at + c * table.size() + j));
          }
          table.get(j).values = v;
        }
        if (width > 1) {
          sink.add(Severity.INFO, "cells-column-major", Optional.of(span(run.subList(at, at + need))),
              Optional.of("activeDisclosure"), List.of(), "cells-column-major.disclosure",
              String.valueOf(table.size()), String.valueOf(width), table.get(0).item.label(),
              table.get(table.size() - 1).item.label());
        }
        at += need;
        waiting.subList(0, table.size()).clear();
        continue;
      }
      Row r = waiting.remove(0);
      int w = r.item.fields(template).size();
      int n = Math.min(w, run.size() - at);
      List<RawCell> v = run.subList(at, at + n);
      at += n;
      if (n == w) {
        r.values = v;
      } else if (v.stream().anyMatch(c -> !c.isEmpty())) {
        sink.add(Severity.WARNING, "row-missing-cells", Optional.of(source.span(r.label.start(), r.label.end())),
            Optional.of("activeDisclosure." + r.item.key()), spans(v), "disclosure-missing-cells",
            r.item.label(), String.valueOf(n), ApplicationsStream.numbers(v), String.valueOf(w));
      }
    }
    List<RawCell> left = run.subList(at, run.size());
    if (left.stream().anyMatch(c -> !c.isEmpty())) {
      sink.add(Severity.WARNING, "cells-unplaced", Optional.of(span(left)), Optional.of("activeDisclosure"),
          spans(left), "cells-unplaced.disclosure", ApplicationsStream.numbers(left));
    }
  }

  /** Caption, header and rows of each table, in the template's order. */
  private List<RawLine> emit() {
    List<RawLine> out = new ArrayList<>();
    Set<Integer> clauses = new java.util.TreeSet<>(captions.keySet());
    for (Row r : rows.values()) {
      clauses.add(r.item.clause());
    }
    List<RawCell> fields = new ArrayList<>(fieldHeaders);
    List<RawCell> contents = new ArrayList<>(contentHeaders);
    Map<DisclosureItem, Row> ordered = new EnumMap<>(rows);
    for (int clause : clauses) {
      RawCell caption = captions.get(clause);
      if (caption != null) {
        out.add(line(List.of(caption)));
      }
      DisclosureItem first = null;
      for (DisclosureItem i : DisclosureItem.values()) {
        if (i.clause() == clause && !i.fields(template).isEmpty()) {
          first = i;
          break;
        }
      }
      if (first != null) {
        List<RawCell> header = header(first.fields(template), fields, contents);
        if (header != null) {
          out.add(line(header));
        }
      }
      for (Row r : ordered.values()) {
        if (r.item.clause() == clause) {
          List<RawCell> cells = new ArrayList<>();
          cells.add(r.label);
          cells.addAll(r.values);
          out.add(line(cells));
        }
      }
    }
    return out;
  }

  /**
   * The header row of a table with columns {@code wanted}: a 信息内容 cell if one is left, then for each
   * column the first unused header cell naming it; null (no header row) unless every column is found.
   */
  private static List<RawCell> header(List<DisclosureField> wanted, List<RawCell> fields, List<RawCell> contents) {
    List<RawCell> picked = new ArrayList<>();
    for (DisclosureField f : wanted) {
      RawCell found = null;
      for (RawCell c : fields) {
        if (Vocabulary.disclosureField(c.text()).filter(x -> x == f).isPresent() && !picked.contains(c)) {
          found = c;
          break;
        }
      }
      if (found == null) {
        return null;
      }
      picked.add(found);
    }
    fields.removeAll(picked);
    List<RawCell> out = new ArrayList<>();
    if (!contents.isEmpty()) {
      out.add(contents.remove(0));
    }
    out.addAll(picked);
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
}
