package io.github.ogireport.internal.reconstruct;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DigitSplitterTest {

  private static List<String> describe(String run, DigitSplitter.Result r) {
    return r.splits.stream().map(s -> s.describe(run)).collect(Collectors.toList());
  }

  private static DigitSplitter.CellKind[] counts(int n) {
    DigitSplitter.CellKind[] k = new DigitSplitter.CellKind[n];
    Arrays.fill(k, DigitSplitter.CellKind.COUNT);
    return k;
  }

  @Test
  void spacesSeparateCellsAndLeadingZerosAreNoCells() {
    DigitSplitter.Result r = DigitSplitter.splitRow("230 000023", 7, 10, DigitSplitter.BUDGET);
    assertThat(describe("230 000023", r)).containsExactly("23 | 0 | 0 | 0 | 0 | 0 | 23");
    assertThat(describe("23 0 00 0 023", DigitSplitter.splitRow("23 0 00 0 023", 7, 10, DigitSplitter.BUDGET)))
        .containsExactly("23 | 0 | 0 | 0 | 0 | 0 | 23");
  }

  @Test
  void theRowTotalLeavesTwoSplitsOfThisRun() {
    // corpus 012 row （一）予以公开: only the column sums of the table tell these apart
    assertThat(describe("270020130", DigitSplitter.splitRow("270020130", 7, 10, DigitSplitter.BUDGET)))
        .containsExactlyInAnyOrder("27 | 0 | 0 | 2 | 0 | 1 | 30", "2 | 7 | 0 | 0 | 20 | 1 | 30");
  }

  @Test
  void aMinusSignStartsACellAndAUnitStaysInTheLast() {
    DigitSplitter.CellKind[] signed = {DigitSplitter.CellKind.COUNT, DigitSplitter.CellKind.SIGNED_COUNT};
    assertThat(describe("35-15", DigitSplitter.split("35-15", signed, DigitSplitter.ANY, 10, 1000)))
        .containsExactly("35 | -15");
    DigitSplitter.CellKind[] amount = {DigitSplitter.CellKind.COUNT, DigitSplitter.CellKind.AMOUNT};
    DigitSplitter.Result r = DigitSplitter.split("6251000元", amount, DigitSplitter.ANY, 10, 1000);
    assertThat(describe("6251000元", r))
        .containsExactly("6 | 251000元", "62 | 51000元", "625 | 1000元", "625100 | 0元");
    assertThat(r.splits.get(0).values[1]).isEqualByComparingTo("251000");
  }

  @Test
  void groupTotalsPruneSectionFour() {
    String run = "10203120001200000"; // corpus 012
    DigitSplitter.Result r = DigitSplitter.split(run, counts(15), DigitSplitter.groupTotals(5), 10, DigitSplitter.BUDGET);
    assertThat(describe(run, r)).containsExactly("1 | 0 | 2 | 0 | 3 | 12 | 0 | 0 | 0 | 12 | 0 | 0 | 0 | 0 | 0");
  }

  @Test
  void aRunThatCannotHoldTheCellsHasNoSplit() {
    assertThat(DigitSplitter.splitRow("000000", 7, 10, DigitSplitter.BUDGET).splits).isEmpty();
    assertThat(DigitSplitter.splitRow("00000000", 7, 10, DigitSplitter.BUDGET).splits).isEmpty();
  }

  @Test
  void aHostileRunIsCutShortByTheBudget() {
    String run = "1".repeat(DigitSplitter.MAX_RUN);
    DigitSplitter.Result r = DigitSplitter.split(run, counts(15), DigitSplitter.ANY, 1_000_000, 5_000);
    assertThat(r.limited).isTrue();
    assertThat(r.steps).isEqualTo(5_000);
    DigitSplitter.Result longer = DigitSplitter.splitRow("1".repeat(DigitSplitter.MAX_RUN + 1), 7, 10, 5_000);
    assertThat(longer.limited).isTrue();
    assertThat(longer.steps).isZero();
  }

  @Test
  void tooManySplitsAreReportedAsLimited() {
    DigitSplitter.Result r = DigitSplitter.split("123456789", counts(3), DigitSplitter.ANY, 5, DigitSplitter.BUDGET);
    assertThat(r.splits).hasSize(5);
    assertThat(r.limited).isTrue();
  }
}
