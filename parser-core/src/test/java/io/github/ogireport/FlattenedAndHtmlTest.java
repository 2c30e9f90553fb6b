package io.github.ogireport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.DisclosureField;
import io.github.ogireport.model.DisclosureItem;
import io.github.ogireport.model.DisclosureRow;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.OutcomeField;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import io.github.ogireport.model.TemplateVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Flattened text (corpus 010–013, 060) and HTML (corpus 030) beyond the MANIFEST values of
 * {@link CorpusTest}: positions, section 二, the diagnostics of the digit splitting, the legacy report.
 */
class FlattenedAndHtmlTest {

  private static final ReportParser PARSER = ReportParser.create();

  private static String corpus(String prefix) {
    for (String name : List.of("010_pingtan-2019-flat.txt", "011_pingtan-2020-flat.txt", "012_pingtan-2021-flat.txt",
        "013_pingtan-2022-flat.txt", "030_shanghai-municipal-office-2019-html.html",
        "060_OLDFORMAT_pingtan-2018-pre2019-negative.txt")) {
      if (name.startsWith(prefix)) {
        return Fixtures.resource("/corpus/" + name);
      }
    }
    throw new IllegalArgumentException(prefix);
  }

  /** Every value of the applications table and section 四 with the span it carries. */
  private static List<Located<Long>> counts(AnnualReport r) {
    List<Located<Long>> out = new ArrayList<>();
    for (Counts c : r.applications().orElseThrow().rows().values()) {
      for (ApplicantColumn col : ApplicantColumn.STANDARD) {
        col.get(c).ifPresent(out::add);
      }
    }
    r.reviewsAndLawsuits().ifPresent(rv -> {
      for (ReviewGroup g : ReviewGroup.values()) {
        for (OutcomeField f : OutcomeField.values()) {
          f.get(g.get(rv)).ifPresent(out::add);
        }
      }
    });
    return out;
  }

  private static String at(String input, SourceSpan s) {
    return input.substring(s.offset(), s.endOffset());
  }

  private static Optional<BigDecimal> value(AnnualReport r, DisclosureItem item, DisclosureField field) {
    DisclosureRow row = r.activeDisclosure().orElseThrow().items().get(item);
    assertThat(row).as("row %s", item).isNotNull();
    return field.decimal(row);
  }

  @Test
  void htmlValuesCarryPositionsInTheHtmlSource() {
    String html = corpus("030");
    ParseResult result = PARSER.parse(html);
    AnnualReport r = result.report();
    int printed = 0;
    for (Located<Long> v : counts(r)) {
      SourceSpan s = v.span().orElseThrow();
      assertThat(s.endOffset()).isLessThanOrEqualTo(html.length());
      if (s.endOffset() > s.offset()) {
        printed++;
        assertThat(at(html, s)).isEqualTo(String.valueOf(v.value()));
        assertThat(html.substring(0, s.offset())).endsWith("<td>");
        assertThat(html.substring(s.endOffset())).startsWith("</td>");
      }
    }
    assertThat(printed).as("printed numbers of §三 and §四").isEqualTo(41);
    Located<BigDecimal> amount = r.activeDisclosure().orElseThrow().items()
        .get(DisclosureItem.CENTRALIZED_PROCUREMENT).amountYuan().orElseThrow();
    assertThat(at(html, amount.span().orElseThrow())).isEqualTo("251000元");
    Located<String> title = r.title().orElseThrow();
    assertThat(at(html, title.span().orElseThrow())).isEqualTo("2019年上海市人民政府办公厅政府信息公开工作年度报告");
    assertThat(title.span().get().line()).isEqualTo(1);
    assertThat(title.span().get().column()).isEqualTo(4);
    assertThat(result.diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
  }

  @Test
  void htmlSectionTwoReadsThroughItsIrregularColspans() {
    AnnualReport r = PARSER.parse(corpus("030")).report();
    assertThat(r.template()).isEqualTo(TemplateVersion.V2019);
    assertThat(value(r, DisclosureItem.REGULATIONS, DisclosureField.NEWLY_MADE)).contains(new BigDecimal("13"));
    assertThat(value(r, DisclosureItem.REGULATIONS, DisclosureField.NEWLY_PUBLISHED)).contains(new BigDecimal("13"));
    assertThat(value(r, DisclosureItem.REGULATIONS, DisclosureField.TOTAL_PUBLISHED)).contains(new BigDecimal("524"));
    assertThat(value(r, DisclosureItem.NORMATIVE_DOCUMENTS, DisclosureField.TOTAL_PUBLISHED))
        .contains(new BigDecimal("368"));
    for (DisclosureItem item : List.of(DisclosureItem.LICENSING, DisclosureItem.OTHER_EXTERNAL_SERVICES,
        DisclosureItem.PENALTY, DisclosureItem.COMPULSION)) {
      for (DisclosureField f : item.fields(TemplateVersion.V2019)) {
        assertThat(value(r, item, f)).as("%s %s", item, f).contains(BigDecimal.ZERO);
      }
    }
    assertThat(value(r, DisclosureItem.FEES, DisclosureField.CHANGE_THIS_YEAR)).contains(BigDecimal.ZERO);
    assertThat(value(r, DisclosureItem.CENTRALIZED_PROCUREMENT, DisclosureField.PROJECTS)).contains(new BigDecimal("6"));
    assertThat(value(r, DisclosureItem.CENTRALIZED_PROCUREMENT, DisclosureField.AMOUNT_YUAN))
        .contains(new BigDecimal("251000"));
    assertThat(r.section(5).orElseThrow().heading()).isEqualTo("政府信息公开工作存在的主要问题及改进情况");
  }

  @Test
  void htmlBlanksAreZeroOnlyWhereTheSumsSaySo() {
    ParseResult result = PARSER.parse(corpus("030"));
    assertThat(result.diagnostics("blank-as-zero")).isNotEmpty()
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.INFO));
    assertThat(result.diagnostics("blank-cell")).singleElement()
        .satisfies(d -> assertThat(d.path()).contains("reviewsAndLawsuits.lawsuitAfterReview"));
  }

  @Test
  void flattenedValuesCarryThePositionsOfTheirDigits() {
    String text = corpus("010");
    AnnualReport r = PARSER.parse(text).report();
    List<Located<Long>> values = counts(r);
    assertThat(values).hasSize(23 * 7 + 15);
    for (Located<Long> v : values) {
      assertThat(at(text, v.span().orElseThrow())).isEqualTo(String.valueOf(v.value()));
    }
    Counts total = r.applications().orElseThrow().row(ApplicationRow.TOTAL_HANDLED).orElseThrow();
    // "（七）总计23 0 00 0 023": the last cell is the "23" after the "0"
    int run = text.indexOf("（七）总计") + "（七）总计".length();
    assertThat(ApplicantColumn.TOTAL.get(total).orElseThrow().span().orElseThrow().offset()).isEqualTo(run + 11);
    assertThat(r.title().map(Located::value)).contains("平潭综合实验区2019年政府信息公开工作年度报告");
  }

  @Test
  void everyDigitSplitIsReported() {
    String text = corpus("010");
    ParseResult result = PARSER.parse(text);
    List<Diagnostic> splits = result.diagnostics("digits-split");
    assertThat(splits).allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.INFO));
    assertThat(splits).anySatisfy(d -> {
      assertThat(d.path()).contains("applications.newlyReceived");
      assertThat(d.message()).contains("230 000023", "23 | 0 | 0 | 0 | 0 | 0 | 23");
      assertThat(at(text, d.span().orElseThrow())).isEqualTo("230 000023");
    });
    // 23 rows and section 四; section 二's 规章 "000"
    assertThat(splits).hasSize(23 + 1 + 1);
    assertThat(result.diagnostics("text-flattened")).hasSize(1);
  }

  @Test
  void aTableWithoutConsistentSplitKeepsTheRowSplitsAndSaysSo() {
    ParseResult result = PARSER.parse(corpus("011"));
    assertThat(result.diagnostics("digits-split-ambiguous")).filteredOn(d -> d.path().equals(Optional.of("applications")))
        .singleElement().satisfies(d -> {
          assertThat(d.severity()).isEqualTo(Severity.WARNING);
          assertThat(d.message()).contains("A3 (自然人, 总计)");
          assertThat(d.line()).contains(1);
        });
    ReportAssertions.assertThatReport(result)
        .row(ApplicationRow.TOTAL_HANDLED, 20L, 0L, 0L, 0L, 0L, 1L, 21L)
        .row(ApplicationRow.OTHER_HANDLING_SUBTOTAL, 4L, 0L, 0L, 0L, 0L, 0L, 4L);
  }

  @Test
  void theTableSumsChooseBetweenTheSplitsOfARow() {
    ParseResult result = PARSER.parse(corpus("012"));
    // "270020130" and "2200003252" each split two ways under their row total; A1/A3 leave one
    ReportAssertions.assertThatReport(result)
        .row(ApplicationRow.GRANTED, 27L, 0L, 0L, 2L, 0L, 1L, 30L)
        .row(ApplicationRow.NOT_HELD, 22L, 0L, 0L, 0L, 0L, 3L, 25L);
    assertThat(result.diagnostics("digits-split-ambiguous"))
        .noneMatch(d -> d.path().orElse("").startsWith("applications"));
    assertThat(result.report().title().map(Located::value)).contains("平潭综合实验区2021年度政府信息公开工作年度报告");
  }

  @Test
  void sectionTwoOfFlattenedTextIsReadOnlyAsFarAsItsSplitIsCertain() {
    ParseResult r2020 = PARSER.parse(corpus("011"));
    AnnualReport r = r2020.report();
    assertThat(r.template()).isEqualTo(TemplateVersion.V2019);
    assertThat(value(r, DisclosureItem.REGULATIONS, DisclosureField.TOTAL_PUBLISHED)).contains(new BigDecimal("7"));
    // "2648-18538": the minus sign ends 上一年项目数量; 本年增/减 and 处理决定数量 stay open
    assertThat(value(r, DisclosureItem.PENALTY, DisclosureField.PREVIOUS_YEAR_ITEMS)).contains(new BigDecimal("2648"));
    assertThat(value(r, DisclosureItem.PENALTY, DisclosureField.CHANGE_THIS_YEAR)).isEmpty();
    assertThat(r2020.diagnostics("digits-split-ambiguous"))
        .anySatisfy(d -> {
          assertThat(d.path()).contains("activeDisclosure.penalty");
          assertThat(d.message()).contains("2648 | -18 | 538");
        });
    assertThat(value(r, DisclosureItem.FEES, DisclosureField.PREVIOUS_YEAR_ITEMS)).contains(new BigDecimal("35"));
    assertThat(value(r, DisclosureItem.FEES, DisclosureField.CHANGE_THIS_YEAR)).contains(new BigDecimal("-15"));
    assertThat(value(r, DisclosureItem.CENTRALIZED_PROCUREMENT, DisclosureField.AMOUNT_YUAN)).isEmpty();

    AnnualReport r2021 = PARSER.parse(corpus("012")).report();
    assertThat(value(r2021, DisclosureItem.FEES, DisclosureField.AMOUNT)).contains(new BigDecimal("24252.311082"));
    assertThat(value(r2021, DisclosureItem.LICENSING, DisclosureField.DECISIONS)).contains(new BigDecimal("2293"));
    assertThat(value(r2021, DisclosureItem.NORMATIVE_DOCUMENTS, DisclosureField.ISSUED)).isEmpty();
  }

  @Test
  void aHeadingTypoAndSpacesInFlattenedText() {
    ParseResult result = PARSER.parse(corpus("013"));
    assertThat(result.report().section(4).orElseThrow().heading()).isEqualTo("政府信息公开行政法复议、行政诉讼情况");
    assertThat(result.diagnostics("section-heading-variant")).isNotEmpty();
    assertThat(result.report().sections()).extracting(s -> s.number()).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void aPre2019ReportIsLegacyWithOneErrorAndNothingRead() {
    ParseResult result = PARSER.parse(corpus("060"));
    AnnualReport r = result.report();
    assertThat(r.template()).isEqualTo(TemplateVersion.LEGACY);
    assertThat(result.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR)
        .extracting(Diagnostic::code).containsExactly("template-legacy");
    assertThat(r.applications()).isEmpty();
    assertThat(r.reviewsAndLawsuits()).isEmpty();
    assertThat(r.activeDisclosure()).isEmpty();
    assertThat(r.year().map(Located::value)).contains(2018);
  }

  @Test
  void aHostileDigitRunIsBoundedAndReported() {
    String headings = "一、总体情况无。二、主动公开政府信息情况无。三、收到和处理政府信息公开申请情况";
    StringBuilder table = new StringBuilder();
    for (String label : List.of("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（七）总计",
        "四、结转下年度继续办理")) {
      table.append(label).append("1".repeat(79));
    }
    String text = "某机关2021年政府信息公开工作年度报告 " + headings + table
        + "四、政府信息公开行政复议、行政诉讼情况总计" + "1".repeat(5000) + "五、存在的主要问题及改进情况无。六、其他需要报告的事项无。";
    ParseResult result = PARSER.parse(text);
    assertThat(result.diagnostics()).noneMatch(d -> d.code().equals("internal-error"));
    assertThat(result.diagnostics("digits-split-failed")).hasSizeGreaterThanOrEqualTo(4)
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
  }

  /** Corpus 010 with its section 四 digit run (15 zeros) replaced by {@code run}, parsed. */
  private static ParseResult reviewsRun(String run) {
    String text = corpus("010");
    String printed = "尚未审结总计000000000000000 五、";
    assertThat(text).contains(printed);
    return PARSER.parse(text.replace(printed, "尚未审结总计" + run + " 五、"));
  }

  private static List<Long> reviews(ParseResult r) {
    List<Long> out = new ArrayList<>();
    r.report().reviewsAndLawsuits().ifPresent(rv -> {
      for (ReviewGroup g : ReviewGroup.values()) {
        for (OutcomeField f : OutcomeField.values()) {
          out.add(f.get(g.get(rv)).map(Located::value).orElse(null));
        }
      }
    });
    return out;
  }

  private static List<Diagnostic> reviewsDiagnostics(ParseResult r, String code) {
    return r.diagnostics(code).stream().filter(d -> d.path().equals(Optional.of("reviewsAndLawsuits")))
        .collect(java.util.stream.Collectors.toList());
  }

  /** Section 四's run split so that each group's 总计 is the sum of its four results: the one such split. */
  @Test
  void sectionFourRunIsSplitByItsGroupTotals() {
    ParseResult r = reviewsRun("12003" + "10001" + "0001212");
    assertThat(reviews(r)).containsExactly(1L, 2L, 0L, 0L, 3L, 1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 12L, 12L);
    assertThat(reviewsDiagnostics(r, "digits-split")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("12003100010001212"));
    assertThat(reviewsDiagnostics(r, "digits-split-ambiguous")).isEmpty();
  }

  /** Several splits satisfy every group total: the first is kept, the alternatives are reported. */
  @Test
  void sectionFourRunWithSeveralSplitsIsReportedAmbiguous() {
    ParseResult r = reviewsRun("1010011" + "0000000000");
    assertThat(reviewsDiagnostics(r, "digits-split-ambiguous")).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.message()).contains("1010011");
    });
    assertThat(reviews(r).subList(5, 15)).containsOnly(0L);
  }

  /** No split satisfies the group totals: the best is kept and the broken groups are counted. */
  @Test
  void sectionFourRunWithoutAConsistentSplitSaysHowManyGroupsBreak() {
    ParseResult r = reviewsRun("111110000000000");
    assertThat(reviews(r)).containsExactly(1L, 1L, 1L, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    assertThat(reviewsDiagnostics(r, "digits-split-ambiguous")).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.message()).contains("A4 fail(s)").contains("(1 of 3)");
    });
  }

  /** A run too long for fifteen cells is left unsplit and reported; nothing of it is read. */
  @Test
  void sectionFourRunTooLongForItsCellsIsNotRead() {
    ParseResult r = reviewsRun("9".repeat(200));
    assertThat(reviewsDiagnostics(r, "digits-split-failed")).singleElement()
        .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
    assertThat(reviews(r)).as("no value of section 四 read").isEmpty();
  }

  /**
   * Flattened text is cut at its six headings, each heading's span where it stands; numbered points of
   * the prose ("一、是加强领导；二、是推进公开。") are not headings, even when a heading follows closely.
   */
  @Test
  void flattenedTextIsCutAtItsHeadingsNotAtNumberedPointsOfProse() {
    String text = "某某市某某局2022年政府信息公开工作年度报告  "
        + "本报告根据条例要求编制，所列数据的统计期限自2022年1月1日起至2022年12月31日止。".repeat(3)
        + "一、总体情况  本年度，一、是加强领导；二、是推进公开。 二、主动公开政府信息情况 见下表。"
        + "三、收到和处理政府信息公开申请情况 无。四、政府信息公开行政复议、行政诉讼情况 无。"
        + "五、存在的主要问题及改进情况 一是不足。六、其他需要报告的事项  无。  \n";
    ParseResult result = PARSER.parse(text);

    assertThat(result.report().title().map(Located::value)).contains("某某市某某局2022年政府信息公开工作年度报告");
    assertThat(result.report().sections()).extracting(Section::number, Section::heading, Section::text).containsExactly(
        tuple(1, "总体情况", "本年度，一、是加强领导；二、是推进公开。"),
        tuple(2, "主动公开政府信息情况", "见下表。"),
        tuple(3, "收到和处理政府信息公开申请情况", "无。"),
        tuple(4, "政府信息公开行政复议、行政诉讼情况", "无。"),
        tuple(5, "存在的主要问题及改进情况", "一是不足。"),
        tuple(6, "其他需要报告的事项", "无。"));
    for (Section s : result.report().sections()) {
      String printed = "一二三四五六".charAt(s.number() - 1) + "、" + s.heading();
      assertThat(s.span()).hasValueSatisfying(span -> {
        assertThat(span.offset()).isEqualTo(text.indexOf(printed));
        assertThat(span.endOffset()).isEqualTo(text.indexOf(printed) + printed.length());
      });
    }
    assertThat(result.diagnostics("text-flattened")).singleElement().satisfies(d -> {
      assertThat(d.span().orElseThrow().offset()).isEqualTo(text.indexOf("一、总体情况"));
      assertThat(d.message()).contains("6 section headings");
    });
    assertThat(result.diagnostics("section-heading-variant")).isEmpty();
  }
}
