package io.github.ogireport.internal.antlr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.ParserOptions;
import io.github.ogireport.grammar.OgiParser;
import io.github.ogireport.internal.layout.RawDocument;
import io.github.ogireport.internal.text.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.antlr.v4.runtime.atn.DecisionInfo;
import org.junit.jupiter.api.Test;

/**
 * The grammar's cost is linear in the input's size, counted in operations, not time: tokens, lines,
 * and ANTLR's prediction work (the lookahead symbols every decision examined, SLL and LL, from
 * {@code Parser.setProfile}). Inputs of 5 KB to 1 MB of the same make-up must cost the same per KB,
 * within a small factor; a decision whose lookahead grew with the input would fail.
 */
class LinearCostTest {

  private static final int[] SIZES_KB = {5, 50, 250, 1000};

  /** The largest per-KB figure may exceed the smallest by this factor. */
  private static final double FACTOR = 1.25;

  /** Operations of one parse. */
  record Cost(int bytes, long tokens, long lines, long lookahead, long decisions) {
    double perKb(long n) {
      return n * 1000.0 / bytes;
    }
  }

  @Test
  void reportMixCostsTheSamePerKb() {
    String block = reportBlock();
    assertLinear("report mix", size -> repeat("2021 年政府信息公开工作年度报告\n", block, size));
  }

  @Test
  void oneRowOfManyCellsCostsTheSamePerKb() {
    assertLinear("one long row", size -> repeat("一、总体情况\n", "12\t\t行政许可|0\t", size) + "\n");
  }

  @Test
  void manySectionHeadingsCostTheSamePerKb() {
    assertLinear("headings", size -> repeat("", "## 三、收到和处理政府信息公开申请情况\n**四、**\n一是\n", size));
  }

  @Test
  void longDecoratedLinesCostTheSamePerKb() {
    // decoration* comes first in every line alternative: a long run of marks is the longest lookahead
    assertLinear("decorations", size -> repeat("", "## ** ## ** ## ** ## ** ## ** 一、x\n", size));
  }

  /**
   * Total operations (tokens + lines + lookahead) per KB within {@link #FACTOR} across sizes, and no
   * single count growing faster than the input (a count may grow slower: one long row has one line
   * whatever its length).
   */
  private static void assertLinear(String family, IntFunction<String> input) {
    Map<Integer, Cost> costs = new LinkedHashMap<>();
    for (int kb : SIZES_KB) {
      costs.put(kb, cost(input.apply(kb * 1000)));
    }
    List<String> table = new ArrayList<>();
    costs.forEach((kb, c) -> table.add(String.format(
        "%5d KB: %.1f tokens/KB, %.2f lines/KB, %.2f lookahead/KB in %.2f predictions/KB",
        kb, c.perKb(c.tokens()), c.perKb(c.lines()), c.perKb(c.lookahead()), c.perKb(c.decisions()))));
    String report = family + "\n" + String.join("\n", table);
    for (Cost c : costs.values()) {
      assertThat(c.tokens()).isPositive();
      assertThat(c.lines()).isPositive();
      assertThat(c.lookahead()).as("every prediction looks at one symbol at least").isGreaterThanOrEqualTo(c.decisions());
    }
    Cost smallest = costs.get(SIZES_KB[0]);
    double min = Double.MAX_VALUE;
    double max = 0;
    for (Cost c : costs.values()) {
      double ops = c.perKb(c.tokens() + c.lines() + c.lookahead());
      min = Math.min(min, ops);
      max = Math.max(max, ops);
      assertNoFasterThanInput(report, "tokens", c.perKb(c.tokens()), smallest.perKb(smallest.tokens()));
      assertNoFasterThanInput(report, "lines", c.perKb(c.lines()), smallest.perKb(smallest.lines()));
      assertNoFasterThanInput(report, "lookahead", c.perKb(c.lookahead()), smallest.perKb(smallest.lookahead()));
    }
    assertThat(max / min).as("operations per KB, max / min\n%s", report).isLessThanOrEqualTo(FACTOR);
  }

  private static void assertNoFasterThanInput(String report, String what, double perKb, double smallestPerKb) {
    assertThat(perKb).as("%s per KB, compared with the smallest input\n%s", what, report)
        .isLessThanOrEqualTo(smallestPerKb * FACTOR);
  }

  /** Parses with profiling on and counts. */
  static Cost cost(String text) {
    AtomicReference<OgiParser> parser = new AtomicReference<>();
    GrammarFrontEnd.Result r = GrammarFrontEnd.parse(SourceText.of(text), Integer.MAX_VALUE, p -> {
      p.setProfile(true);
      parser.set(p);
    });
    assertThat(r.llFallback).isFalse();
    assertThat(r.problems).isEmpty();
    long lookahead = 0;
    long decisions = 0;
    for (DecisionInfo d : parser.get().getParseInfo().getDecisionInfo()) {
      lookahead += d.SLL_TotalLook + d.LL_TotalLook;
      decisions += d.invocations;
    }
    RawDocument doc = r.document;
    long lines = doc.titleBlock().size();
    for (RawDocument.RawSection s : doc.sections()) {
      lines += 1 + s.lines().size();
    }
    return new Cost(text.getBytes(StandardCharsets.UTF_8).length, doc.tokenCount(), lines, lookahead, decisions);
  }

  /** {@code head}, then {@code block} repeated until the text has at least {@code bytes} UTF-8 bytes. */
  static String repeat(String head, String block, int bytes) {
    int per = block.getBytes(StandardCharsets.UTF_8).length;
    int n = Math.max(1, (bytes - head.getBytes(StandardCharsets.UTF_8).length + per - 1) / per);
    StringBuilder sb = new StringBuilder(head);
    for (int i = 0; i < n; i++) {
      sb.append(block);
    }
    return sb.toString();
  }

  /**
   * About 2 KB of every kind of line a report has, from a seed: the 一、总体情况 heading, prose,
   * the section 二 caption and rows, the applications table's header and rows (label cells, numbers,
   * blank cells), Markdown headings and a bold paragraph.
   */
  static String reportBlock() {
    String seed = Fixtures.read(Fixtures.dir("seeds").get(0));
    List<String> lines = seed.lines().toList();
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      if (l.startsWith("## 一、") || l.startsWith("**三是") || l.startsWith("第二十条") || l.startsWith("信息内容")
          || l.startsWith("规章") || l.startsWith("一、本年新收") || l.startsWith("三、本年度办理结果")
          || l.startsWith("\t(二) 部分公开") || l.startsWith("\t\t1. 属于国家秘密") || l.isEmpty()) {
        sb.append(l).append('\n');
      }
    }
    return sb.toString();
  }
}
