package io.github.ogireport.internal.translate;

import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.DisclosureField;
import io.github.ogireport.model.DisclosureItem;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The translators' label vocabulary, opened to the table reconstructors
 * ({@code io.github.ogireport.internal.reconstruct}) so that a reconstructor names rows, captions and
 * columns exactly as the translators will: it delegates to {@link RowLabels} and
 * {@link ActiveDisclosureTranslator} and adds no knowledge of its own.
 */
public final class Vocabulary {

  private Vocabulary() {}

  /** The section 二 row a label names (规章, 行政规范性文件, …), if any. */
  public static Optional<DisclosureItem> disclosureItem(String label) {
    return Optional.ofNullable(ActiveDisclosureTranslator.item(Labels.fold(label)));
  }

  /** The section 二 value column a header cell names (本年制发件数, …), if any. */
  public static Optional<DisclosureField> disclosureField(String header) {
    return Optional.ofNullable(ActiveDisclosureTranslator.field(Labels.fold(header)));
  }

  /** The item of 第二十条 a section 二 caption names (第二十条第（五）项 → 5), or 0 if the text is no caption. */
  public static int captionClause(String text) {
    Matcher m = ActiveDisclosureTranslator.CAPTION.matcher(Labels.fold(text));
    return m.find() ? Labels.numeral(m.group(1), 0, m.group(1).length()) : 0;
  }

  /** What a label of the applications table names: a row, a group of rows, or nothing. */
  public static final class RowName {
    private final ApplicationRow row;
    private final boolean group;
    private final boolean loose;

    RowName(ApplicationRow row, boolean group, boolean loose) {
      this.row = row;
      this.group = group;
      this.loose = loose;
    }

    /**
     * The row named. A group label （六）其他处理 alone names {@link ApplicationRow#OTHER_HANDLING_SUBTOTAL},
     * the row it is when （六） is printed as one row; {@link #namesGroup()} is then true too.
     */
    public Optional<ApplicationRow> row() {
      return Optional.ofNullable(row);
    }

    /** True if the label names a group of rows (不予公开, （四）, 本年度办理结果, …). */
    public boolean namesGroup() {
      return group;
    }

    /** True if the row was matched loosely (a variant or typo of the standard label). */
    public boolean loose() {
      return loose;
    }

    @Override
    public String toString() {
      return (row == null ? "-" : row.name()) + (group ? "+group" : "") + (loose ? "~" : "");
    }
  }

  /**
   * Reads labels of the applications table in reading order, keeping the group context (the rows a
   * bare "2." refers to) as {@link ApplicationsTableBuilder} does. Not thread-safe; one per table.
   */
  public static final class RowReader {
    private RowLabels.Group group;

    /** What {@code label} names in the current context; does not change the context. */
    public RowName name(String label) {
      RowLabels.Ident id = RowLabels.identify(List.of(label), group);
      return new RowName(id.row, id.group != null, id.variantText != null);
    }

    /** Reads {@code label} and moves the context past it (into the group it names or its row's group). */
    public RowName read(String label) {
      RowLabels.Ident id = RowLabels.identify(List.of(label), group);
      if (id.group != null) {
        group = id.group;
      }
      if (id.row != null) {
        RowLabels.Group rg = RowLabels.groupOf(id.row);
        if (rg != null && rg != RowLabels.Group.RESULTS) {
          group = rg;
        }
      }
      return new RowName(id.row, id.group != null, id.variantText != null);
    }
  }
}
