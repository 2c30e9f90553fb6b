package io.github.ogireport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Damage of the kind extraction does to a rendered report, to drive the parser's repairs and
 * diagnostics: a line lost or repeated, a cell blanked, a cell gained, two lines swapped, the text cut
 * short. A value with a readable {@link #toString()}, so a failing property shows what was done.
 */
final class Damage {

  enum Kind { DELETE_LINE, DUPLICATE_LINE, BLANK_CELL, EXTRA_CELL, SWAP_LINES, TRUNCATE, SLASH_CELL }

  private final Kind kind;
  private final int a;
  private final int b;

  private Damage(Kind kind, int a, int b) {
    this.kind = kind;
    this.a = a;
    this.b = b;
  }

  /** One damage that moves no line (no swap), at a random place. */
  static Gen<List<Damage>> one() {
    List<Kind> kinds = List.of(Kind.DELETE_LINE, Kind.DUPLICATE_LINE, Kind.BLANK_CELL, Kind.EXTRA_CELL,
        Kind.TRUNCATE, Kind.SLASH_CELL);
    return in -> List.of(new Damage(Generate.pick(kinds).generate(in), Generate.range(0, 100_000).generate(in),
        Generate.range(0, 100_000).generate(in)));
  }

  /** One to three damages at random places. */
  static Gen<List<Damage>> some() {
    Gen<Damage> one = in -> new Damage(Generate.enumValues(Kind.class).generate(in),
        Generate.range(0, 100_000).generate(in), Generate.range(0, 100_000).generate(in));
    return org.quicktheories.generators.SourceDSL.lists().of(one).ofSizeBetween(1, 3);
  }

  Kind kind() {
    return kind;
  }

  static String applyAll(List<Damage> damages, String text) {
    String t = text;
    for (Damage d : damages) {
      t = d.apply(t);
    }
    return t;
  }

  String apply(String text) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int n = lines.size();
    int i = a % n;
    int j = b % n;
    switch (kind) {
      case DELETE_LINE:
        lines.remove(i);
        break;
      case DUPLICATE_LINE:
        lines.add(i, lines.get(i));
        break;
      case SWAP_LINES: {
        String x = lines.get(i);
        lines.set(i, lines.get(j));
        lines.set(j, x);
        break;
      }
      case TRUNCATE:
        return String.join("\n", lines.subList(0, i)) + "\n"; // cut at a line end: no number is cut in two
      default:
        lines.set(i, cell(lines.get(i)));
        break;
    }
    return String.join("\n", lines);
  }

  /** Blanks, slashes or doubles the b-th number cell of {@code line} (tab or pipe cells). */
  private String cell(String line) {
    String[] cells = line.split("(?<=[\t|])|(?=[\t|])", -1);
    List<Integer> numbers = new ArrayList<>();
    for (int k = 0; k < cells.length; k++) {
      if (cells[k].strip().matches("-?[0-9]+(\\.[0-9]+)?元?")) {
        numbers.add(k);
      }
    }
    if (numbers.isEmpty()) {
      return line;
    }
    int k = numbers.get(b % numbers.size());
    switch (kind) {
      case BLANK_CELL:
        cells[k] = "";
        break;
      case SLASH_CELL:
        cells[k] = "/";
        break;
      default:
        cells[k] = cells[k] + "\t" + (b % 7);
        break;
    }
    return String.join("", cells);
  }

  @Override
  public String toString() {
    return kind + "(" + a + "," + b + ")";
  }
}
