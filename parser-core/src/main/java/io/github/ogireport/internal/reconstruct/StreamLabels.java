package io.github.ogireport.internal.reconstruct;

import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.translate.Labels;
import io.github.ogireport.internal.translate.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the row labels of the applications table among the text cells of a cell stream. A label
 * starts at a cell that begins with an enumeration mark (一、 （三） 2. 1、, or a numeral alone with the
 * 、 on the next line, as stacked group labels print) and may continue over the following cells (a
 * label wrapped over lines: "5.要求行政机关确认或重新出" / "具已获取信息"), up to the next mark or a
 * header word. Of the ways to continue it, the longest that names a row exactly wins, then the
 * longest that names one loosely; a label naming no row but a group is kept as a group label. Cells
 * before the first mark (header words, the tail of a label whose start was printed elsewhere) name
 * nothing.
 */
final class StreamLabels {

  /** A label as printed: its cells, their joined text, what it names. */
  static final class Label {
    final List<RawCell> cells;
    final String text;
    final Vocabulary.RowName name;

    Label(List<RawCell> cells, String text, Vocabulary.RowName name) {
      this.cells = cells;
      this.text = text;
      this.name = name;
    }

    /** The label as one cell over its printed range (its text joined without the line breaks). */
    RawCell cell() {
      return new RawCell(text, cells.get(0).start(), cells.get(cells.size() - 1).end());
    }

    @Override
    public String toString() {
      return text + "=" + name;
    }
  }

  private static final Pattern MARK = Pattern.compile(
      "^(?:\\(\\s*[一二三四五六七八九十]{1,2}\\s*\\)|[一二三四五六七八九十]{1,2}\\s*[、.]|\\d{1,2}\\s*[.、](?![0-9]))");
  private static final Pattern NUMERAL = Pattern.compile("^[一二三四五六七八九十]{1,2}$");

  /** Words of the table's header (printed split over lines: "商业企" / "业"): never part of a label. */
  private static final List<String> HEADER_WORDS = List.of(
      "自然人", "法人", "商业", "企业", "科研", "公益", "组织", "机构", "法律服务", "申请人情况", "勾稽", "小计");

  private StreamLabels() {}

  /** True if {@code text} is (part of) a header cell of the applications table. */
  static boolean isHeaderWord(String text) {
    String f = Labels.fold(text);
    if (f.equals("总计") || f.equals("其他") || f.equals("业") || f.equals("构")) {
      return true;
    }
    for (String w : HEADER_WORDS) {
      if (f.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The labels among {@code texts} (text cells in reading order), read with {@code reader}'s context. */
  static List<Label> find(List<RawCell> texts, Vocabulary.RowReader reader) {
    List<Label> out = new ArrayList<>();
    int i = 0;
    while (i < texts.size() && !startsLabel(texts, i)) {
      i++;
    }
    while (i < texts.size()) {
      int end = i + 1;
      while (end < texts.size() && !startsLabel(texts, end) && !isHeaderWord(texts.get(end).text())) {
        end++;
      }
      Label best = best(texts.subList(i, end), reader);
      if (best != null) {
        reader.read(best.text);
        out.add(best);
      }
      i = end;
      while (i < texts.size() && !startsLabel(texts, i)) {
        i++;
      }
    }
    return out;
  }

  private static boolean startsLabel(List<RawCell> texts, int i) {
    String t = texts.get(i).text();
    if (MARK.matcher(t).find()) {
      return true;
    }
    return NUMERAL.matcher(t).matches() && i + 1 < texts.size() && texts.get(i + 1).text().startsWith("、");
  }

  /** The best reading of a label printed over {@code cells}: see the class comment. */
  private static Label best(List<RawCell> cells, Vocabulary.RowReader reader) {
    Label exact = null;
    Label loose = null;
    Label group = null;
    StringBuilder text = new StringBuilder();
    for (int j = 0; j < cells.size(); j++) {
      text.append(cells.get(j).text());
      Vocabulary.RowName name = reader.name(text.toString());
      Label l = new Label(List.copyOf(cells.subList(0, j + 1)), text.toString(), name);
      if (name.row().isPresent()) {
        if (name.loose()) {
          loose = l;
        } else {
          exact = l;
        }
      } else if (name.namesGroup()) {
        group = l;
      }
    }
    return exact != null ? exact : loose != null ? loose : group;
  }
}
