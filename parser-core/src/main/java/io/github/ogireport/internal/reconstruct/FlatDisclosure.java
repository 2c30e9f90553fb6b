package io.github.ogireport.internal.reconstruct;

import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.model.DisclosureField;
import io.github.ogireport.model.DisclosureItem;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.TemplateVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section 二's tables as flattened text: captions, header words, row labels and numbers run together
 * ("第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可3960181其他对外管理服务事项100153…").
 * The text is cut into caption, header and data rows; each data row's numbers are split into as many
 * cells as its header has value columns. No sum relates these cells, so a run is read only as far as
 * its split is certain: a run with one possible split is read whole (a minus sign starts a cell, a
 * decimal point and a unit stay inside theirs); a run with several has its leading cells read where
 * every split agrees, and the rest is left absent with the alternatives in a
 * {@code digits-split-ambiguous} warning.
 */
final class FlatDisclosure {

  /** Most splits enumerated per run. */
  static final int MAX_CANDIDATES = 64;
  /** Data rows a line needs to be read as flattened tables. */
  static final int MIN_ROWS = 2;

  /** A caption, the header's first cell, a value column's header, a row label. */
  private static final Pattern PIECE = Pattern.compile(
      "(第二十条\\s*第?\\s*[(（]\\s*[一二三四五六七八九十]+\\s*[)）]\\s*项)|(信息内容)"
      + "|(本年新制作|本年新公开|对外公开总|上一年项目|本年增|本年处理决定|处理决定|本年制发|本年废止|现行有效|采购项目"
      + "|采购总金额|本年收费金额)"
      + "|(行政规范性文件|规范性文件|规章|行政许可|其他对外管理服务事项|行政处罚|行政强制|行政事业性收费|政府集中采购)");

  private static final Map<String, DisclosureField> COLUMNS = new LinkedHashMap<>();
  private static final Map<String, DisclosureItem> ITEMS = new HashMap<>();

  static {
    COLUMNS.put("本年新制作", DisclosureField.NEWLY_MADE);
    COLUMNS.put("本年新公开", DisclosureField.NEWLY_PUBLISHED);
    COLUMNS.put("对外公开总", DisclosureField.TOTAL_PUBLISHED);
    COLUMNS.put("上一年项目", DisclosureField.PREVIOUS_YEAR_ITEMS);
    COLUMNS.put("本年增", DisclosureField.CHANGE_THIS_YEAR);
    COLUMNS.put("本年处理决定", DisclosureField.DECISIONS);
    COLUMNS.put("处理决定", DisclosureField.DECISIONS);
    COLUMNS.put("本年制发", DisclosureField.ISSUED);
    COLUMNS.put("本年废止", DisclosureField.REPEALED);
    COLUMNS.put("现行有效", DisclosureField.IN_FORCE);
    COLUMNS.put("采购项目", DisclosureField.PROJECTS);
    COLUMNS.put("采购总金额", DisclosureField.AMOUNT_YUAN);
    COLUMNS.put("本年收费金额", DisclosureField.AMOUNT);
    for (DisclosureItem item : DisclosureItem.values()) {
      ITEMS.put(item.label(), item);
    }
    ITEMS.put("规范性文件", DisclosureItem.NORMATIVE_DOCUMENTS);
  }

  /** A piece of a label run: its kind (group of {@link #PIECE}) and range. */
  private static final class Piece {
    final int kind;
    final int start;
    final int end;
    final String head;

    Piece(int kind, int start, int end, String head) {
      this.kind = kind;
      this.start = start;
      this.end = end;
      this.head = head;
    }
  }

  private static final int JUNK = 0;
  private static final int CAPTION = 1;
  private static final int CONTENT = 2;
  private static final int COLUMN = 3;
  private static final int ITEM = 4;

  private final FlatRows rows;

  FlatDisclosure(FlatRows rows) {
    this.rows = rows;
  }

  Optional<List<RawLine>> rebuild(List<RawLine> lines) {
    List<RawLine> out = new ArrayList<>();
    boolean any = false;
    List<DisclosureField> fields = null;
    for (RawLine line : lines) {
      RawCell only = FlatRows.only(line);
      List<FlatRuns.Pair> pairs = only == null ? List.of()
          : FlatRuns.pairs(FlatRuns.of(rows.text, only.start(), only.end(), true));
      if (dataRows(pairs) < MIN_ROWS) {
        out.add(rows.passThrough(line));
        continue;
      }
      any = true;
      for (FlatRuns.Pair p : pairs) {
        if (p.label == null) {
          out.add(FlatRows.row(rows.groups(p.numbers)));
          continue;
        }
        List<Piece> pieces = pieces(p.label);
        List<RawCell> header = new ArrayList<>();
        List<DisclosureField> headerFields = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
          Piece piece = pieces.get(i);
          boolean lastPiece = i == pieces.size() - 1;
          switch (piece.kind) {
            case CAPTION:
              flushHeader(out, header);
              out.add(rows.textRow(piece.start, piece.end));
              fields = null;
              break;
            case CONTENT:
              header.add(rows.cell(piece.start, piece.end));
              break;
            case COLUMN:
              header.add(rows.cell(piece.start, piece.end));
              headerFields.add(COLUMNS.get(piece.head));
              fields = headerFields;
              break;
            case ITEM:
              flushHeader(out, header);
              DisclosureItem item = ITEMS.get(rows.text.substring(piece.start, piece.end));
              if (lastPiece && p.numbers != null && item != null) {
                out.add(dataRow(piece, item, p.numbers, fields));
              } else {
                out.add(rows.textRow(piece.start, piece.end));
              }
              break;
            default:
              flushHeader(out, header);
              out.add(rows.textRow(piece.start, piece.end));
          }
        }
        flushHeader(out, header);
        if (p.numbers != null && !endsWithItem(pieces)) {
          out.add(FlatRows.row(rows.groups(p.numbers))); // numbers after no row label
        }
      }
    }
    return any ? Optional.of(out) : Optional.empty();
  }

  /** The data row: its label cell and the cells of its numbers as far as their split is certain. */
  private RawLine dataRow(Piece label, DisclosureItem item, FlatRuns.Run numbers, List<DisclosureField> header) {
    List<DisclosureField> fields = header != null && !header.isEmpty() ? header
        : !item.fields(TemplateVersion.V2021).isEmpty() ? item.fields(TemplateVersion.V2021)
        : item.fields(TemplateVersion.V2019);
    List<RawCell> cells = new ArrayList<>();
    cells.add(rows.cell(label.start, label.end));
    String path = "activeDisclosure." + item.key();
    if (DigitSplitter.minimumCells(numbers.text) > fields.size()) {
      cells.addAll(rows.groups(numbers)); // more cells than columns: the translator reports them
      return FlatRows.row(cells);
    }
    DigitSplitter.CellKind[] kinds = new DigitSplitter.CellKind[fields.size()];
    for (int i = 0; i < kinds.length; i++) {
      switch (fields.get(i).kind()) {
        case SIGNED_COUNT: kinds[i] = DigitSplitter.CellKind.SIGNED_COUNT; break;
        case AMOUNT: kinds[i] = DigitSplitter.CellKind.AMOUNT; break;
        default: kinds[i] = DigitSplitter.CellKind.COUNT;
      }
    }
    DigitSplitter.Result r = rows.spend(DigitSplitter.split(numbers.text, kinds, DigitSplitter.ANY, MAX_CANDIDATES,
        rows.allowance()));
    if (r.splits.isEmpty()) {
      rows.report(Severity.WARNING, "digits-split-failed", numbers, path,
          r.limited ? "digits-split-failed.limit" : "digits-split-failed.cells", numbers.text, item.label(),
          String.valueOf(fields.size()));
      return FlatRows.row(cells);
    }
    DigitSplitter.Split first = r.splits.get(0);
    if (r.splits.size() == 1 && !r.limited) {
      cells.addAll(rows.cells(numbers, first));
      if (FlatRows.splits(numbers, first)) {
        rows.report(Severity.INFO, "digits-split", numbers, path, "digits-split", numbers.text, item.label(),
            first.describe(numbers.text));
      }
      return FlatRows.row(cells);
    }
    int certain = 0;
    while (certain < kinds.length && agree(r.splits, certain)) {
      certain++;
    }
    List<String> absent = new ArrayList<>();
    for (int i = certain; i < fields.size(); i++) {
      absent.add(fields.get(i).label());
    }
    for (int i = 0; i < certain; i++) {
      cells.add(rows.cell(numbers.start + first.starts[i], numbers.start + first.ends[i]));
    }
    rows.report(Severity.WARNING, "digits-split-ambiguous", numbers, path, "digits-split-ambiguous.unranked",
        numbers.text, item.label(), String.valueOf(fields.size()),
        (r.limited ? "> " : "") + r.splits.size(), FlatRows.describe(numbers, r.splits), String.join(", ", absent));
    return FlatRows.row(cells);
  }

  /** True if every split puts the same cell {@code i} (and so every cell before it) at the same place. */
  private static boolean agree(List<DigitSplitter.Split> splits, int i) {
    DigitSplitter.Split a = splits.get(0);
    for (DigitSplitter.Split b : splits) {
      if (a.starts[i] != b.starts[i] || a.ends[i] != b.ends[i]) {
        return false;
      }
    }
    return true;
  }

  private void flushHeader(List<RawLine> out, List<RawCell> header) {
    if (!header.isEmpty()) {
      out.add(FlatRows.row(new ArrayList<>(header)));
      header.clear();
    }
  }

  /** Number of labels naming a row of section 二 with numbers after them. */
  private int dataRows(List<FlatRuns.Pair> pairs) {
    int n = 0;
    for (FlatRuns.Pair p : pairs) {
      if (p.label == null || p.numbers == null) {
        continue;
      }
      if (endsWithItem(pieces(p.label))) {
        n++;
      }
    }
    return n;
  }

  /** True if the last piece is a row label of section 二, as printed. */
  private boolean endsWithItem(List<Piece> pieces) {
    Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
    return last != null && last.kind == ITEM && ITEMS.containsKey(rows.text.substring(last.start, last.end));
  }

  /** Cuts a label run at captions, header words and row labels; each piece runs to the next. */
  private List<Piece> pieces(FlatRuns.Run label) {
    List<Piece> out = new ArrayList<>();
    Matcher m = PIECE.matcher(rows.text);
    m.region(label.start, label.end);
    int from = label.start;
    int kind = JUNK;
    String head = null;
    while (m.find()) {
      add(out, kind, from, m.start(), head);
      from = m.start();
      kind = m.group(1) != null ? CAPTION : m.group(2) != null ? CONTENT : m.group(3) != null ? COLUMN : ITEM;
      head = m.group();
      if (kind == ITEM || kind == CAPTION) {
        // a row label or a caption ends where its match ends: what follows is another piece
        add(out, kind, from, m.end(), head);
        from = m.end();
        kind = JUNK;
      }
    }
    add(out, kind, from, label.end, head);
    return out;
  }

  private void add(List<Piece> out, int kind, int start, int end, String head) {
    String t = rows.text;
    while (start < end && t.charAt(start) == ' ') {
      start++;
    }
    while (end > start && t.charAt(end - 1) == ' ') {
      end--;
    }
    if (end > start) {
      out.add(new Piece(kind, start, end, head));
    }
  }
}
