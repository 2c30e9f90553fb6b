package io.github.ogireport.internal.translate;

import io.github.ogireport.internal.layout.RawCell;

/**
 * One cell of a table being read: its value if known, the printed cell it came from, and how it
 * was obtained. The arithmetic {@link Recovery} fills cells that are {@link State#BLANK} or
 * {@link State#UNPLACED} when the template's sums determine them.
 */
final class GridCell {

  /** How the cell's value was obtained. */
  enum State {
    /** Printed as a number. */
    PRINTED,
    /** Printed blank: absent unless the arithmetic determines it. */
    BLANK,
    /** Printed as "/" or similar: not applicable, absent. */
    NOT_APPLICABLE,
    /** The row printed numbers that could not be placed in columns with certainty. */
    UNPLACED,
    /** Printed, but not a valid count (a fraction, text): absent. */
    INVALID,
    /** Not printed at all (e.g. the subtotal of a row without one). */
    ABSENT
  }

  final String path;
  final String label;
  State state;
  Long value;
  RawCell source;
  /** For recovered cells: the relation that determined it (A1…A4), and whether it was a blank read as 0. */
  String recoveredBy;

  GridCell(String path, String label) {
    this.path = path;
    this.label = label;
    this.state = State.ABSENT;
  }

  boolean known() {
    return value != null;
  }

  boolean fillable() {
    return value == null && (state == State.BLANK || state == State.UNPLACED);
  }

  void print(long v, RawCell cell) {
    this.value = v;
    this.source = cell;
    this.state = State.PRINTED;
  }

  @Override
  public String toString() {
    return path + "=" + (value == null ? state : value);
  }
}
