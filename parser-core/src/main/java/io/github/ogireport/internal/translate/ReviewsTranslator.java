package io.github.ogireport.internal.translate;

import io.github.ogireport.internal.layout.CellValue;
import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Outcome;
import io.github.ogireport.model.OutcomeField;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.ReviewsAndLawsuits;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads section 四 (政府信息公开行政复议、行政诉讼情况): the header lines are skipped (they come out garbled
 * in most extractions), the data row's 15 cells are taken in printed order — 行政复议, 未经复议直接起诉,
 * 复议后起诉, each 维持 纠正 其他 尚未审结 总计. A row with 14 or 16 cells is placed by the groups' sums
 * (A4) when exactly one placement fits.
 */
final class ReviewsTranslator {

  static final int CELLS = 15;

  private final TranslationContext ctx;

  ReviewsTranslator(TranslationContext ctx) {
    this.ctx = ctx;
  }

  Optional<ReviewsAndLawsuits> build(List<RawLine> lines) {
    List<RawCell> data = new ArrayList<>();
    RawLine first = null;
    int leadingEmpties = 0;
    boolean done = false;
    for (RawLine line : lines) {
      if (line.isBlank()) {
        done |= first != null && data.size() >= CELLS;
        continue;
      }
      if (!isDataRow(line)) {
        done |= first != null; // the data row(s) ended
        continue;
      }
      if (done) {
        List<RawCell> extra = new ArrayList<>();
        for (RawCell c : line.cells()) {
          if (c.value().isNumber()) {
            extra.add(c);
          }
        }
        ctx.report(Severity.WARNING, "row-unrecognized", ctx.span(line), "reviewsAndLawsuits", ctx.spans(extra),
            "reviews-extra-row", ApplicationsTableBuilder.joinNumbers(extra));
        continue;
      }
      List<RawCell> cells = line.cells();
      if (first == null && cells.size() == CELLS) {
        first = line; // one cell per column as printed, blanks included (HTML, Word)
        data.addAll(cells);
        break;
      }
      int to = cells.size();
      while (to > 0 && cells.get(to - 1).isEmpty()) {
        to--;
      }
      int from = 0;
      if (first == null) {
        first = line;
        while (from < to && cells.get(from).isEmpty()) {
          from++;
        }
        leadingEmpties = from;
      }
      data.addAll(cells.subList(from, to));
      done |= data.size() >= CELLS;
    }
    if (first == null) {
      return Optional.empty();
    }
    SourceSpan rowSpan = ctx.span(first);
    String path = "reviewsAndLawsuits";
    List<RawCell> placed = null;
    if (data.size() == CELLS) {
      placed = data;
    } else if (data.size() < CELLS && data.size() + leadingEmpties >= CELLS) {
      // leading empty cells are blank cells of the first groups (the row has no label column)
      List<RawCell> cells = first.cells();
      int start = leadingEmpties - (CELLS - data.size());
      placed = new ArrayList<>(cells.subList(start, leadingEmpties));
      placed.addAll(data);
    } else {
      boolean allNumbers = data.stream().allMatch(c -> c.value().isNumber());
      List<List<RawCell>> fits = allNumbers ? CellAligner.fits(data, CELLS, CellAligner::completeOutcomes) : List.of();
      if (fits.size() == 1) {
        placed = fits.get(0);
        if (data.size() > CELLS) {
          List<RawCell> dropped = new ArrayList<>(data);
          List<RawCell> kept = placed;
          dropped.removeIf(c -> kept.stream().anyMatch(k -> k == c));
          ctx.report(Severity.WARNING, "row-extra-cells", rowSpan, path, ctx.spans(dropped),
              "reviews-extra-cells", String.valueOf(data.size()), String.valueOf(CELLS),
              ApplicationsTableBuilder.joinNumbers(dropped));
        } else {
          ctx.report(Severity.WARNING, "row-missing-cells", rowSpan, path, ctx.spans(data),
              "reviews-missing-cells", String.valueOf(data.size()), String.valueOf(CELLS));
        }
      } else {
        ctx.report(Severity.WARNING, "cells-ambiguous", rowSpan, path, ctx.spans(data),
            "reviews-ambiguous", String.valueOf(data.size()), String.valueOf(CELLS),
            ApplicationsTableBuilder.joinNumbers(data), String.valueOf(fits.size()));
        return Optional.of(ReviewsAndLawsuits.builder().span(rowSpan).build());
      }
    }
    GridCell[] grid = new GridCell[CELLS];
    Recovery rec = new Recovery();
    for (int i = 0; i < CELLS; i++) {
      ReviewGroup g = ReviewGroup.values()[i / 5];
      OutcomeField f = OutcomeField.values()[i % 5];
      grid[i] = new GridCell(g.path(f), f.label());
      RawCell c = placed.get(i);
      if (c == null) {
        grid[i].state = GridCell.State.UNPLACED;
        continue;
      }
      grid[i].source = c;
      CellValue v = c.value();
      if (v.isCount()) {
        grid[i].print(v.number().longValueExact(), c);
      } else if (v.kind() == CellValue.Kind.BLANK) {
        grid[i].state = GridCell.State.BLANK;
      } else if (v.kind() == CellValue.Kind.NOT_APPLICABLE) {
        grid[i].state = GridCell.State.NOT_APPLICABLE;
      } else {
        grid[i].state = GridCell.State.INVALID;
        ctx.report(Severity.WARNING, "cell-invalid", ctx.span(c), grid[i].path, List.of(), "cell-invalid", c.text());
      }
    }
    for (int g = 0; g < 3; g++) {
      int b = g * 5;
      rec.add("A4", List.of(grid[b + 4]), List.of(grid[b], grid[b + 1], grid[b + 2], grid[b + 3]));
    }
    rec.solve();
    ReviewsAndLawsuits.Builder out = ReviewsAndLawsuits.builder().span(rowSpan);
    for (int g = 0; g < 3; g++) {
      ReviewGroup group = ReviewGroup.values()[g];
      Outcome.Builder ob = Outcome.builder();
      List<String> blanks = new ArrayList<>();
      List<SourceSpan> blankSpans = new ArrayList<>();
      List<String> recovered = new ArrayList<>();
      List<String> zeros = new ArrayList<>();
      List<SourceSpan> zeroSpans = new ArrayList<>();
      for (int f = 0; f < 5; f++) {
        GridCell cell = grid[g * 5 + f];
        if (cell.value != null) {
          ob.set(OutcomeField.values()[f], Located.of(cell.value, cell.source != null ? ctx.span(cell.source) : rowSpan));
        }
        if (cell.recoveredBy != null && cell.state == GridCell.State.BLANK && cell.value == 0) {
          zeros.add(cell.label);
          zeroSpans.add(ctx.span(cell.source));
        } else if (cell.recoveredBy != null) {
          recovered.add(cell.label + "=" + cell.value);
        } else if (cell.state == GridCell.State.BLANK) {
          blanks.add(cell.label);
          blankSpans.add(ctx.span(cell.source));
        } else if (cell.state == GridCell.State.NOT_APPLICABLE) {
          ctx.report(Severity.INFO, "not-applicable", ctx.span(cell.source), cell.path, List.of(),
              "not-applicable", cell.label);
        }
      }
      String gpath = path + "." + group.key();
      if (!recovered.isEmpty()) {
        ctx.report(Severity.WARNING, "value-recovered", rowSpan, gpath, List.of(), "value-recovered",
            group.label(), String.join(", ", recovered), "A4");
      }
      if (!zeros.isEmpty()) {
        ctx.report(Severity.INFO, "blank-as-zero", zeroSpans.get(0), gpath, zeroSpans, "blank-as-zero",
            group.label(), String.join(", ", zeros), "A4");
      }
      if (!blanks.isEmpty()) {
        ctx.report(Severity.WARNING, "blank-cell", blankSpans.get(0), gpath, blankSpans, "blank-cell",
            group.label(), String.join(", ", blanks));
      }
      out.set(group, ob.build());
    }
    return Optional.of(out.build());
  }

  /** A row of numbers and blanks only, with at least one number. */
  private static boolean isDataRow(RawLine line) {
    boolean number = false;
    for (RawCell c : line.cells()) {
      CellValue.Kind k = c.value().kind();
      if (k == CellValue.Kind.TEXT) {
        return false;
      }
      number |= k == CellValue.Kind.NUMBER;
    }
    return number;
  }
}
