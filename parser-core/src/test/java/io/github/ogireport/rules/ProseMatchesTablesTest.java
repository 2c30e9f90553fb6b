package io.github.ogireport.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.Fixtures;
import io.github.ogireport.ParseResult;
import io.github.ogireport.ReportParser;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A8 on seed 004, whose section 一 says (line 23) 「2021年，区政府共受理政府信息公开申请74件，已答复80件（含上年度结转申请11件）」
 * and whose tables give 一 74, （七） 80, 二 11, 四 5, 行政复议 11, 行政诉讼 0 + 4.
 */
class ProseMatchesTablesTest {

  private static final ReportParser PARSER = ReportParser.create();
  private static final String SEED = Fixtures.seed("004");

  @Test
  void seed004QuotesItsTables() {
    assertThat(PARSER.parse(SEED).diagnostics("prose-consistency")).isEmpty();
  }

  @Test
  void eachQuotedFigureThatDisagreesIsAWarningAtTheNumberWithTheCellRelated() {
    String text = Fixtures.replace(SEED, 23, "申请74件，已答复80件（含上年度结转申请11件）", "申请75件，已答复81件（含上年度结转申请12件）");

    ParseResult result = PARSER.parse(text);

    List<Diagnostic> d = result.diagnostics("prose-consistency");
    assertThat(d).extracting(x -> x.path().orElseThrow()).containsExactly(
        "applications.newlyReceived.total", "applications.totalHandled.total", "applications.carriedOver.total");
    assertThat(d).allSatisfy(x -> {
      assertThat(x.severity()).isEqualTo(Severity.WARNING);
      assertThat(x.line()).hasValue(23);
    });
    assertThat(d).extracting(x -> quoted(text, x.span().orElseThrow())).containsExactly("75", "81", "12");
    assertThat(d).extracting(x -> x.related().get(0).line()).containsExactly(64, 87, 65);
    assertThat(d).extracting(x -> quoted(text, x.related().get(0))).containsExactly("74", "80", "11");
    assertThat(d.get(0).message()).isEqualTo(
        "Section 一 quotes 75 (\"受理政府信息公开申请75件\"), but the table gives 一、本年新收政府信息公开申请数量 · 总计 = 74");
  }

  @Test
  void reviewsLawsuitsAndCarriedForward() {
    String text = Fixtures.replaceLine(SEED, 24,
        "全年被申请行政复议 11 件，行政诉讼 5 件，结转下年度办理 5 件；另有 5 件需结转至下一年度。");

    List<Diagnostic> d = PARSER.parse(text).diagnostics("prose-consistency");

    assertThat(d).singleElement().satisfies(x -> {
      assertThat(x.path()).hasValue("reviewsAndLawsuits");
      assertThat(x.message()).isEqualTo("Section 一 quotes 5 (\"行政诉讼5件\"), but the table gives "
          + "行政诉讼 · 总计 (未经复议直接起诉 + 复议后起诉) = 4");
      assertThat(x.related()).extracting(SourceSpan::line).containsExactly(95, 95);
      assertThat(quoted(text, x.span().orElseThrow())).isEqualTo("5");
    });
  }

  @Test
  void aCarriedForwardQuotedBeforeOrAfterItsNumber() {
    for (String words : List.of("其中 6 件结转下年度继续办理。", "结转下年度继续办理 6 件。", "结转至下一年度办理的申请共 6 件。")) {
      String text = Fixtures.replaceLine(SEED, 24, words);

      assertThat(PARSER.parse(text).diagnostics("prose-consistency")).as(words).singleElement().satisfies(x -> {
        assertThat(x.path()).hasValue("applications.carriedForward.total");
        assertThat(quoted(text, x.span().orElseThrow())).isEqualTo("6");
      });
    }
  }

  @Test
  void quotesOutsideSection一AreNotRead() {
    // section 一 is read in place in the input: what stands before it (the title block) or after it
    // (section 六) is not part of it, even though the input holds it
    String text = Fixtures.replaceLine(SEED, 5, "本机关受理政府信息公开申请99件。");
    text = Fixtures.replaceLine(text, 111, "2021年，区政府共受理政府信息公开申请98件，已答复97件。");

    assertThat(PARSER.parse(text).diagnostics("prose-consistency")).isEmpty();
    // the same sentence in section 一 is read
    String inside = Fixtures.replaceLine(SEED, 11, "2021年，区政府共受理政府信息公开申请98件。");
    assertThat(PARSER.parse(inside).diagnostics("prose-consistency")).singleElement()
        .satisfies(d -> assertThat(d.line()).hasValue(11));
  }

  @Test
  void phrasingsThatDoNotSayWhichFigureAreLeftAlone() {
    String text = Fixtures.replaceLine(SEED, 24, String.join("",
        "对不予受理申请 3 件逐一说明理由；",                     // 不予受理: not the received count
        "2020年收到政府信息公开申请 60 件，",                   // another year
        "收到的行政复议申请中已办结 1 件，",                     // 办结 of reviews, not of applications
        "共收到申请 85 件（含上年结转 11 件），",                 // includes the carried-over ones
        "全年办理依申请公开 6 件，",                             // 办理: received or handled?
        "比上年减少申请 9 件。"));

    assertThat(PARSER.parse(text).diagnostics("prose-consistency")).isEmpty();
  }

  @Test
  void withoutTheInputTheFindingStandsAtTheSectionHeading() {
    String text = Fixtures.replace(SEED, 23, "申请74件", "申请75件");
    ParseResult parsed = ReportParser.builder().withoutBuiltInRules().build().parse(text);
    RecordingContext ctx = new RecordingContext();

    new ProseMatchesTables().check(parsed.report(), ctx);

    assertThat(ctx.findings).singleElement().satisfies(f -> {
      assertThat(f.span()).isEqualTo(parsed.report().section(1).orElseThrow().span());
      assertThat(f.span().orElseThrow().line()).isEqualTo(7);
      assertThat(f.related()).extracting(SourceSpan::line).containsExactly(64);
      assertThat(f.path()).hasValue("applications.newlyReceived.total");
    });
  }

  @Test
  void fullWidthDigitsAndWrappedLinesAreRead() {
    String text = Fixtures.replaceLine(SEED, 24, "本年度共收到政府信息公开申请\n７５件。");

    List<Diagnostic> d = PARSER.parse(text).diagnostics("prose-consistency");

    assertThat(d).singleElement().satisfies(x -> {
      assertThat(quoted(text, x.span().orElseThrow())).isEqualTo("７５");
      assertThat(x.line()).hasValue(25);
      assertThat(x.span().orElseThrow().column()).isEqualTo(1);
    });
  }

  private static String quoted(String text, SourceSpan span) {
    return text.substring(span.offset(), span.endOffset());
  }
}
