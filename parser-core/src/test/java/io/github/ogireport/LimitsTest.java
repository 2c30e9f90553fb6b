package io.github.ogireport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each limit of {@link ParserOptions}: where it stops the work, and the error that says so. */
class LimitsTest {

  private static final String TABLE = "三、收到和处理政府信息公开申请情况\n"
      + "（一）予以公开\t1\t0\t0\t0\t0\t0\t1\n"
      + "（二）部分公开\t2\t0\t0\t0\t0\t0\t2\n"
      + "1.属于国家秘密\t3\t0\t0\t0\t0\t0\t3\n";

  private static ParseResult parse(ParserOptions options, String text) {
    ParseResult r = ReportParser.builder().options(options).build().parse(text);
    FuzzInvariants.check(text, r);
    return r;
  }

  private static Long total(ParseResult r, ApplicationRow row) {
    return r.report().applications().flatMap(a -> a.row(row)).flatMap(Counts::total).map(Located::value)
        .orElse(null);
  }

  @Test
  void defaultsAndTrusted() {
    ParserOptions d = ParserOptions.defaults();
    assertThat(List.of(d.maxInputChars(), d.maxLineChars(), d.maxTokens(), d.maxTableRows(), d.maxNumberDigits(),
        d.maxDiagnostics())).containsExactly(4 * 1024 * 1024, 100_000, 250_000, 10_000, 30, 1_000);
    ParserOptions t = ParserOptions.trusted();
    assertThat(List.of(t.maxInputChars(), t.maxLineChars(), t.maxTokens(), t.maxTableRows(), t.maxNumberDigits(),
        t.maxDiagnostics())).containsExactly(64 * 1024 * 1024, 1_600_000, 4_000_000, 160_000, 480, 16_000);
    assertThatThrownBy(() -> ParserOptions.builder().maxTableRows(0).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 1");
  }

  @Test
  void lineLimitCutsTheLineAndReadingGoesOn() {
    String title = "某区2021年政府信息公开工作年度报告" + "很长".repeat(10); // 38 chars
    ParseResult r = parse(ParserOptions.builder().maxLineChars(30).build(), title + "\n" + TABLE);
    assertThat(r.diagnostics("line-too-long")).hasSize(1); // the table's lines have at most 21 chars
    Diagnostic d = r.diagnostics("line-too-long").get(0);
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.line()).contains(1);
    assertThat(d.span().get().endColumn()).isEqualTo(31);
    assertThat(d.message()).isEqualTo(
        "Line is longer than 30 characters; the rest of it, after column 31, was not read (limit maxLineChars)");
    assertThat(total(r, ApplicationRow.GRANTED)).isEqualTo(1L);
    // each row "（一）予以公开<TAB>1…<TAB>1" has 21 chars: its printed total is cut, the sums recover it
    ParseResult cut = parse(ParserOptions.builder().maxLineChars(20).build(), TABLE);
    assertThat(cut.diagnostics("line-too-long")).extracting(x -> x.line().get()).containsExactly(2, 3, 4);
    assertThat(cut.diagnostics("value-recovered")).hasSize(3);
    assertThat(total(cut, ApplicationRow.GRANTED)).isEqualTo(1L);
  }

  @Test
  void rowLimitStopsBeforeTheNextRow() {
    ParseResult r = parse(ParserOptions.builder().maxTableRows(2).build(), TABLE + "五、存在的主要问题及改进情况\n");
    Diagnostic d = r.diagnostics("too-many-rows").get(0);
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.line()).contains(4);
    assertThat(total(r, ApplicationRow.GRANTED)).isEqualTo(1L);
    assertThat(total(r, ApplicationRow.PARTIALLY_GRANTED)).isEqualTo(2L);
    assertThat(total(r, ApplicationRow.STATE_SECRET)).isNull();
    assertThat(r.report().section(5)).isEmpty(); // not read
    assertThat(parse(ParserOptions.builder().maxTableRows(3).build(), TABLE).diagnostics("too-many-rows")).isEmpty();
  }

  @Test
  void digitLimitReadsLongerNumbersAsText() {
    ParseResult r = parse(ParserOptions.builder().maxNumberDigits(3).build(),
        TABLE.replace("（二）部分公开\t2\t0\t0\t0\t0\t0\t2", "（二）部分公开\t2\t0\t0\t0\t0\t0\t1234"));
    List<Diagnostic> d = r.diagnostics("number-too-long");
    assertThat(d).hasSize(1);
    assertThat(d.get(0).line()).contains(3);
    assertThat(d.get(0).span().get().endOffset() - d.get(0).span().get().offset()).isEqualTo(4);
    assertThat(total(r, ApplicationRow.PARTIALLY_GRANTED)).isNull();
    assertThat(total(r, ApplicationRow.GRANTED)).isEqualTo(1L);
    assertThat(parse(ParserOptions.defaults(), "1234 is an id, not a number\n").diagnostics("number-too-long")).isEmpty();
  }

  @Test
  void tokenAndInputLimits() {
    ParseResult tokens = parse(ParserOptions.builder().maxTokens(10).build(), TABLE);
    assertThat(tokens.diagnostics("too-many-tokens")).hasSize(1);
    assertThat(total(tokens, ApplicationRow.GRANTED)).isNull();
    ParseResult input = parse(ParserOptions.builder().maxInputChars(50).build(), TABLE);
    assertThat(input.diagnostics("input-too-large").get(0).message())
        .isEqualTo("Input has " + TABLE.length() + " characters; only the first 50 were read (limit maxInputChars)");
    assertThat(total(input, ApplicationRow.GRANTED)).isEqualTo(1L);
    assertThat(total(input, ApplicationRow.PARTIALLY_GRANTED)).isNull();
  }

  @Test
  void diagnosticLimitKeepsTheFirstAndCountsTheRest() {
    String rows = "三、收到和处理政府信息公开申请情况\n" + "不知道的行\t1\t2\n".repeat(20);
    ParseResult r = parse(ParserOptions.builder().maxDiagnostics(5).build(), rows);
    assertThat(r.diagnostics()).hasSize(6);
    Diagnostic last = r.diagnostics().get(5);
    assertThat(last.code()).isEqualTo("too-many-diagnostics");
    assertThat(last.message()).startsWith("24 further diagnostics were dropped (limit 5)");
  }

  @Test
  void messagesInChinese() {
    ParseResult r = parse(ParserOptions.builder().locale(Locale.CHINA).maxLineChars(20).maxTableRows(1)
        .maxNumberDigits(2).build(), "三、收到和处理政府信息公开申请情况很长很长很长\n（一）予以公开\t123\n1.\t1\n");
    assertThat(r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR && d.code().contains("-too-")
        || d.code().startsWith("too-many")).map(Diagnostic::message).collect(Collectors.toList()))
        .containsExactly(
            "该行超过 20 个字符，第 21 列之后的部分未读取（上限 maxLineChars）",
            "数字超过 2 位，按文本读取，未作为数字（上限 maxNumberDigits）",
            "输入的表格行超过 1 行，从此行起的其余部分未读取（上限 maxTableRows）");
  }

  @Test
  void hugeCellsAreQuotedShortAndRelatedPositionsCapped() {
    String label = "不知道".repeat(300);
    ParseResult r = parse(ParserOptions.defaults(), "三、收到和处理政府信息公开申请情况\n" + label + "\t1".repeat(500) + "\n");
    Diagnostic d = r.diagnostics("row-unrecognized").get(0);
    assertThat(d.message()).doesNotContain(label).contains("不知道".repeat(66) + "不知…");
    assertThat(d.related()).hasSize(100);
  }
}
