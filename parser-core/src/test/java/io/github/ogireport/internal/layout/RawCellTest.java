package io.github.ogireport.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A cell read on demand from the normalised text ({@link RawCell#of}) has the value {@link
 * CellValue#read} gives its text, whatever the digit limit: its shortcuts for prose and for plain
 * counts change nothing, for a cell read in place and for one made with its text.
 */
class RawCellTest {

  private static final List<String> CELLS = List.of("", " ", "5", "12", "-3", "−4", "+7", "-", "+a", "1,234",
      "2.5", "3件", "3 件", " 42 ", "/", "——", "--", "无", "／", "总计", "总计 ", " -x1", "a1",
      "12345678901234567890123456789012345", "-12345678901234567890123456789012345",
      " 12345678901234567890123456789012345 ", "\u300012345678901234567890123456789012345",
      "123456789012345678901234567890123456789元", "12345678901234567890123456789012345 项目",
      "一、本年新收政府信息公开申请数量", "＋123", "a12345", "--12", "0", "9", "007", "10",
      "123456789012345678", "999999999999999999", "1234567890123456789", "9223372036854775807",
      "9223372036854775808", "12a", "1 2", "2021年，区政府共受理政府信息公开申请74件", "12 件件", "3.5万元", " 3.5 万元 ",
      "1,000.5 万元x", "1.2.3", "-5 人", "+5%", "7 ab", "12345678901234567890123 ab", "2021 年");

  @Test
  void sameValueAsReadingTheText() {
    for (int limit : new int[] {0, 1, 2, 5, 17, 18, 19, 30}) {
      for (String c : CELLS) {
        assertSame(c, limit);
      }
    }
  }

  @Test
  void randomCellsSameValueAsReadingTheText() {
    String alphabet = "0123456789 -−+.,元件万%人/—无总计a\u3000\u00A0";
    String digits = "0123456789";
    Random random = new Random(30);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(11);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertSame(sb.toString(), random.nextInt(6));
      StringBuilder run = new StringBuilder(); // plain digit runs around the 18-digit fast path
      int runLength = 1 + random.nextInt(21);
      for (int i = 0; i < runLength; i++) {
        run.append(digits.charAt(random.nextInt(10)));
      }
      assertSame(run.toString(), random.nextInt(25));
    }
  }

  private static void assertSame(String c, int limit) {
    // a cell read in place from the text, and one made with its text (as reconstruction makes them)
    assertSame(c, limit, RawCell.of("ab\t" + c + "\tcd", 3, 3 + c.length(), limit).value(), "in place");
    assertSame(c, limit, new RawCell(c, 3, 3 + c.length(), limit).value(), "with its text");
  }

  private static void assertSame(String c, int limit, CellValue actual, String how) {
    CellValue expected = CellValue.read(c, limit);
    String what = "\"" + c + "\", limit " + limit + ", " + how;
    assertThat(actual.kind()).as(what).isEqualTo(expected.kind());
    assertThat(actual.toString()).as(what).isEqualTo(expected.toString());
    assertThat(actual.isTooLong()).as(what).isEqualTo(expected.isTooLong());
    assertThat(actual.isInteger()).as(what).isEqualTo(expected.isInteger());
    assertThat(actual.unit()).as(what).isEqualTo(expected.unit());
    assertThat(actual.number()).as(what).isEqualTo(expected.number()); // value and scale
    assertThat(actual.isCount()).as(what).isEqualTo(expected.isCount());
  }
}
