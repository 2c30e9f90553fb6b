package io.github.ogireport.internal.translate;

import io.github.ogireport.internal.layout.CellValue;
import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.model.ActiveDisclosure;
import io.github.ogireport.model.DisclosureField;
import io.github.ogireport.model.DisclosureItem;
import io.github.ogireport.model.DisclosureRow;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import io.github.ogireport.model.TemplateVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads section 二 (主动公开政府信息情况): captions (第二十条第（一）项 …), header rows naming the value
 * columns, and data rows identified by their labels (规章, 行政规范性文件, …). Values are mapped to the
 * columns the header names, so both templates and tables split by page breaks read the same way.
 */
final class ActiveDisclosureTranslator {

  // No two \\s* side by side (as in "\\s*第?\\s*"): on 第二十条 and 100k spaces they backtrack quadratically.
  static final Pattern CAPTION = Pattern.compile("第二十条\\s*(?:第\\s*)?\\(\\s*([一二三四五六七八九十]+)\\s*\\)\\s*项");

  private final TranslationContext ctx;
  private boolean saw2019;
  private boolean saw2021;
  private Optional<Integer> yearHint = Optional.empty();

  ActiveDisclosureTranslator(TranslationContext ctx) {
    this.ctx = ctx;
  }

  /** True if captions, columns or rows only the 2019 template has were seen. */
  /** The report year the title names, if any: the template a headerless table most likely follows. */
  void yearHint(Optional<Integer> year) {
    this.yearHint = year;
  }

  /**
   * The columns of {@code item}'s row when its table's header row (信息内容 …) is not printed: the
   * template the table's captions and rows showed so far; else the one whose column count the row's
   * {@code count} cells fit (行政许可 12 -3 40 fits only the 2019 template's three columns); else the
   * template of the report year.
   */
  private List<DisclosureField> fieldsWithoutHeader(DisclosureItem item, int count) {
    if (saw2019 || saw2021) {
      return item.fields(saw2019 ? TemplateVersion.V2019 : TemplateVersion.V2021);
    }
    List<DisclosureField> v2019 = item.fields(TemplateVersion.V2019);
    List<DisclosureField> v2021 = item.fields(TemplateVersion.V2021);
    if (count == v2019.size() && count != v2021.size()) {
      return v2019;
    }
    if (count == v2021.size() && count != v2019.size()) {
      return v2021;
    }
    return yearHint.map(y -> y <= 2020).orElse(false) ? v2019 : v2021;
  }

  boolean saw2019() {
    return saw2019;
  }

  /** True if columns only the 2021 template has were seen. */
  boolean saw2021() {
    return saw2021;
  }

  Optional<ActiveDisclosure> build(List<RawLine> lines) {
    Map<DisclosureItem, DisclosureRow> items = new EnumMap<>(DisclosureItem.class);
    List<DisclosureField> columns = null;
    for (RawLine line : lines) {
      if (line.isBlank()) {
        continue;
      }
      List<RawCell> cells = line.cells();
      String first = firstText(cells);
      if (first == null) {
        continue;
      }
      Matcher m = first.contains("第二十条") ? CAPTION.matcher(first) : null; // most lines are rows: no matcher
      if (m != null && m.find()) {
        columns = null;
        if (Labels.numeral(m.group(1), 0, m.group(1).length()) == 9) {
          saw2019 = true;
        }
        continue;
      }
      List<DisclosureField> header = header(cells);
      if (header != null) {
        columns = header;
        continue;
      }
      String label = Labels.fold(first);
      DisclosureItem item = item(label);
      if (item == null) {
        List<RawCell> numbers = new ArrayList<>();
        for (RawCell c : cells) {
          if (c.value().isNumber()) {
            numbers.add(c);
          }
        }
        if (!numbers.isEmpty()) {
          ctx.report(Severity.WARNING, "row-unrecognized", ctx.span(line), null, ctx.spans(numbers),
              "row-unrecognized", first, ApplicationsTableBuilder.joinNumbers(numbers));
        }
        continue;
      }
      RawCell labelCell = firstTextCell(cells);
      if (item == DisclosureItem.OTHER_EXTERNAL_SERVICES || item == DisclosureItem.CENTRALIZED_PROCUREMENT) {
        saw2019 = true;
      }
      // 规范性文件 (the 2019 label) in a 2021 report is the template-conformance rule's finding
      List<RawCell> values = values(cells, labelCell);
      List<DisclosureField> fields = columns != null ? columns : fieldsWithoutHeader(item, values.size());
      if (columns != null && !belongs(item, columns)) {
        // the header row above names another table's columns (lines moved, a header lost): nothing tells
        // which of this row's cells is which
        ctx.report(Severity.WARNING, "disclosure-header-mismatch", ctx.span(labelCell),
            "activeDisclosure." + item.key(), ctx.spans(values), "disclosure-header-mismatch", item.label(),
            columns.stream().map(DisclosureField::label).collect(java.util.stream.Collectors.joining(" / ")));
        values = List.of();
      }
      if (columns == null && !values.isEmpty()) {
        // no header row (信息内容 …) since the table's caption: say which columns were assumed, row by row
        ctx.report(Severity.INFO, "disclosure-header-missing", ctx.span(labelCell), "activeDisclosure." + item.key(),
            List.of(), "disclosure-header-missing", item.label(),
            fields.stream().map(DisclosureField::label).collect(java.util.stream.Collectors.joining(" / ")));
      }
      if (values.size() > fields.size() && values.stream().anyMatch(RawCell::isEmpty)
          && (columns == null || namesAllColumns(item, columns))) {
        // merged cells (colspan) print as empty cells: more cells than columns, the empty ones are fillers.
        // Only under a header naming all of the row's columns: a header naming fewer (another table's,
        // a line moved) cannot tell a filler from a blank value, and dropping one would shift the
        // values after it into other columns.
        List<RawCell> compact = new ArrayList<>(values);
        for (int i = compact.size() - 1; i >= 0 && compact.size() > fields.size(); i--) {
          if (compact.get(i).isEmpty()) {
            compact.remove(i);
          }
        }
        ctx.report(Severity.INFO, "row-merged-cells", ctx.span(labelCell), "activeDisclosure." + item.key(),
            List.of(), "row-merged-cells", item.label(), String.valueOf(values.size()),
            String.valueOf(fields.size()), String.valueOf(values.size() - compact.size()));
        values = compact;
      }
      DisclosureRow.Builder rb = DisclosureRow.builder().span(ctx.span(line));
      if (values.size() > fields.size() && !allText(values.subList(fields.size(), values.size()))) {
        // more numbers than columns and no sum to tell which one is extra: any reading could shift
        // every value after the extra cell into the wrong column, so none is read
        ctx.report(Severity.WARNING, "row-extra-cells", ctx.span(labelCell), "activeDisclosure." + item.key(),
            ctx.spans(values), "disclosure-extra-cells-unread", item.label(),
            ApplicationsTableBuilder.joinNumbers(values), String.valueOf(fields.size()));
        values = List.of();
      }
      for (int i = 0; i < values.size() && i < fields.size(); i++) {
        read(rb, item, fields.get(i), values.get(i));
      }
      if (values.size() > fields.size()) {
        List<RawCell> extra = values.subList(fields.size(), values.size());
        ctx.report(Severity.WARNING, "row-extra-cells", ctx.span(labelCell), "activeDisclosure." + item.key(),
            ctx.spans(extra), "disclosure-extra-cells", item.label(), ApplicationsTableBuilder.joinNumbers(extra));
      }
      if (items.containsKey(item)) {
        ctx.report(Severity.WARNING, "row-duplicate", ctx.span(labelCell), "activeDisclosure." + item.key(),
            List.of(), "row-duplicate", item.label(), ApplicationsTableBuilder.joinNumbers(values));
      } else {
        items.put(item, rb.build());
      }
    }
    if (items.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ActiveDisclosure.builder().putAllItems(items).build());
  }

  private void read(DisclosureRow.Builder rb, DisclosureItem item, DisclosureField field, RawCell cell) {
    CellValue v = cell.value();
    String path = item.path(field);
    SourceSpan span = ctx.span(cell);
    switch (v.kind()) {
      case BLANK:
        ctx.report(Severity.WARNING, "blank-cell", span, path, List.of(), "blank-cell", item.label(), field.label());
        return;
      case NOT_APPLICABLE:
        ctx.report(Severity.INFO, "not-applicable", span, path, List.of(), "not-applicable", field.label());
        return;
      case TEXT:
        ctx.report(Severity.WARNING, "cell-invalid", span, path, List.of(), "cell-invalid", cell.text());
        return;
      default:
        break;
    }
    BigDecimal n = v.number();
    if (field.kind() == DisclosureField.Kind.AMOUNT) {
      if (field == DisclosureField.AMOUNT_YUAN && v.unit().equals("万元")) {
        n = n.movePointRight(4);
      }
      rb.setAmount(field, Located.of(n.stripTrailingZeros().scale() < 0 ? n.setScale(0) : n.stripTrailingZeros(), span));
      return;
    }
    if (!v.isInteger() || !v.fitsLong()) {
      ctx.report(Severity.WARNING, "cell-invalid", span, path, List.of(), "cell-invalid", cell.text());
      return;
    }
    rb.setCount(field, Located.of(n.longValueExact(), span));
  }

  /** The value cells after the label: numbers, blanks and "/" up to the last non-empty one. */
  /** True if every column of {@code columns} is one of {@code item}'s in either template. */
  private static boolean belongs(DisclosureItem item, List<DisclosureField> columns) {
    for (DisclosureField f : columns) {
      if (!item.fields(TemplateVersion.V2019).contains(f) && !item.fields(TemplateVersion.V2021).contains(f)) {
        return false;
      }
    }
    return true;
  }

  /** True if {@code columns} are all the value columns of {@code item}, in one template or the other. */
  private static boolean namesAllColumns(DisclosureItem item, List<DisclosureField> columns) {
    return columns.equals(item.fields(TemplateVersion.V2019)) || columns.equals(item.fields(TemplateVersion.V2021));
  }

  /** True if every cell holds text (a note or unit after the values), none a number, blank or "/". */
  private static boolean allText(List<RawCell> cells) {
    return cells.stream().allMatch(c -> c.value().kind() == CellValue.Kind.TEXT && !c.value().isTooLong());
  }

  private static List<RawCell> values(List<RawCell> cells, RawCell label) {
    int from = cells.indexOf(label) + 1;
    int to = cells.size();
    while (to > from && cells.get(to - 1).isEmpty()) {
      to--;
    }
    return cells.subList(from, to);
  }

  /** The value columns a header row names, or null if the row is no header. */
  private List<DisclosureField> header(List<RawCell> cells) {
    List<DisclosureField> out = new ArrayList<>();
    boolean header = false;
    for (RawCell c : cells) {
      if (c.isEmpty()) {
        continue;
      }
      String f = Labels.fold(c.text());
      if (f.equals("信息内容")) {
        header = true;
        continue;
      }
      DisclosureField field = field(f);
      if (field != null) {
        out.add(field);
        header = true;
      }
    }
    if (!header) {
      return null;
    }
    for (DisclosureField f : out) {
      switch (f) {
        case ISSUED: case REPEALED: case IN_FORCE: case AMOUNT:
          saw2021 = true;
          break;
        case DECISIONS:
          break;
        default:
          saw2019 = true;
      }
    }
    return out;
  }

  static DisclosureField field(String f) {
    if (f.contains("制发")) {
      return DisclosureField.ISSUED;
    }
    if (f.contains("废止")) {
      return DisclosureField.REPEALED;
    }
    if (f.contains("现行有效")) {
      return DisclosureField.IN_FORCE;
    }
    if (f.contains("新制作")) {
      return DisclosureField.NEWLY_MADE;
    }
    if (f.contains("新公开")) {
      return DisclosureField.NEWLY_PUBLISHED;
    }
    if (f.contains("公开总数")) {
      return DisclosureField.TOTAL_PUBLISHED;
    }
    if (f.contains("处理决定")) {
      return DisclosureField.DECISIONS;
    }
    if (f.contains("上一年项目")) {
      return DisclosureField.PREVIOUS_YEAR_ITEMS;
    }
    if (f.contains("增/减") || f.contains("增减")) {
      return DisclosureField.CHANGE_THIS_YEAR;
    }
    if (f.contains("采购项目")) {
      return DisclosureField.PROJECTS;
    }
    if (f.contains("采购总金额")) {
      return DisclosureField.AMOUNT_YUAN;
    }
    if (f.contains("收费金额")) {
      return DisclosureField.AMOUNT;
    }
    return null;
  }

  static DisclosureItem item(String label) {
    switch (label) {
      case "规章": return DisclosureItem.REGULATIONS;
      case "行政规范性文件": case "规范性文件": return DisclosureItem.NORMATIVE_DOCUMENTS;
      case "行政许可": return DisclosureItem.LICENSING;
      case "其他对外管理服务事项": return DisclosureItem.OTHER_EXTERNAL_SERVICES;
      case "行政处罚": return DisclosureItem.PENALTY;
      case "行政强制": return DisclosureItem.COMPULSION;
      case "行政事业性收费": return DisclosureItem.FEES;
      case "政府集中采购": return DisclosureItem.CENTRALIZED_PROCUREMENT;
      default: return null;
    }
  }

  private static String firstText(List<RawCell> cells) {
    RawCell c = firstTextCell(cells);
    return c == null ? null : c.text();
  }

  private static RawCell firstTextCell(List<RawCell> cells) {
    for (RawCell c : cells) {
      if (!c.isEmpty()) {
        return c.value().kind() == CellValue.Kind.TEXT ? c : null;
      }
    }
    return null;
  }
}
