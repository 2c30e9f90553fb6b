package io.github.ogireport.internal.translate;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills cells the template's sums determine with certainty. Each equation says that the sum of its
 * left cells equals the sum of its right cells. An equation with exactly one unknown fillable cell
 * determines it; an equation whose known cells already balance determines every fillable cell in it
 * as 0 (counts are never negative). Equations with a cell that can never be known (a lost row) are
 * skipped: nothing is filled from a guess. Runs to a fixed point.
 */
final class Recovery {

  /** Σ left = Σ right, named after the template relation it stands for (A1…A4). */
  static final class Equation {
    final String relation;
    final List<GridCell> left;
    final List<GridCell> right;

    Equation(String relation, List<GridCell> left, List<GridCell> right) {
      this.relation = relation;
      this.left = left;
      this.right = right;
    }
  }

  private final List<Equation> equations = new ArrayList<>();

  void add(String relation, List<GridCell> left, List<GridCell> right) {
    equations.add(new Equation(relation, left, right));
  }

  /** Solves to a fixed point; returns the cells filled, in the order they were filled. */
  List<GridCell> solve() {
    List<GridCell> filled = new ArrayList<>();
    boolean progress = true;
    int rounds = 0;
    while (progress && rounds++ < 64) {
      progress = false;
      for (Equation e : equations) {
        progress |= solve(e, filled);
      }
    }
    return filled;
  }

  private static boolean solve(Equation e, List<GridCell> filled) {
    long balance = 0; // Σ left − Σ right over known cells
    GridCell unknown = null;
    int unknownCount = 0;
    boolean unknownOnLeft = false;
    for (int side = 0; side < 2; side++) {
      List<GridCell> cells = side == 0 ? e.left : e.right;
      for (int i = 0, n = cells.size(); i < n; i++) { // indexed: no iterator per equation side
        GridCell c = cells.get(i);
        if (c.known()) {
          try {
            balance = side == 0 ? Math.addExact(balance, c.value) : Math.subtractExact(balance, c.value);
          } catch (ArithmeticException overflow) {
            return false; // sums beyond the range of long: nothing is recovered from them
          }
        } else if (c.fillable()) {
          unknownCount++;
          unknown = c;
          unknownOnLeft = side == 0;
        } else {
          return false; // a cell that can never be known: nothing certain here
        }
      }
    }
    if (unknownCount == 0) {
      return false;
    }
    if (unknownCount == 1) {
      long v = unknownOnLeft ? -balance : balance;
      if (v < 0 || balance == Long.MIN_VALUE) {
        return false; // the sums do not hold; the rules will say so
      }
      fill(unknown, v, e.relation, filled);
      return true;
    }
    if (balance != 0) {
      return false;
    }
    // Known cells balance: every unknown on one side must be 0 if the unknowns are all on one side.
    boolean allLeft = true;
    boolean allRight = true;
    for (GridCell c : e.left) {
      if (!c.known()) {
        allRight = false;
      }
    }
    for (GridCell c : e.right) {
      if (!c.known()) {
        allLeft = false;
      }
    }
    if (!allLeft && !allRight) {
      return false;
    }
    for (GridCell c : allLeft ? e.left : e.right) {
      if (!c.known()) {
        fill(c, 0, e.relation, filled);
      }
    }
    return true;
  }

  private static void fill(GridCell c, long v, String relation, List<GridCell> filled) {
    c.value = v;
    c.recoveredBy = relation; // the state stays BLANK or UNPLACED: the diagnostic tells which
    filled.add(c);
  }
}
