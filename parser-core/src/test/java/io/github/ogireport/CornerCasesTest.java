package io.github.ogireport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.DisclosureItem;
import io.github.ogireport.model.DisclosureRow;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.TemplateVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Small inputs for the parser's repairs and variants, each with the values and diagnostics expected:
 * built from {@link ReportWriter}'s output of {@link ReportWriterTest#report2021()} with one line
 * changed, or written out in full.
 */
class CornerCasesTest {

  private static final ReportParser PARSER = ReportParser.create();
  private static final String TEXT = ReportWriter.tabs().write(ReportWriterTest.report2021());

  /** The standard text with line {@code from} replaced by {@code to}. */
  static String replaced(String from, String to) {
    assertThat(TEXT).contains(from);
    return TEXT.replace(from, to);
  }

  static Optional<Long> cell(ParseResult r, ApplicationRow row, ApplicantColumn col) {
    return r.report().applications().flatMap(a -> a.row(row)).flatMap(c -> c.value(col));
  }

  static List<String> codes(ParseResult r) {
    return r.diagnostics().stream().map(d -> d.code() + ":" + d.path().orElse("")).collect(Collectors.toList());
  }

  static final String GRANTED = "三、本年度办理结果\t（一）予以公开\t\t2\t0\t0\t0\t0\t0\t2";

  @Test
  void sectionTextKeepsItsLinesWithoutMarkdownMarksOrBlankLines() {
    String text = String.join("\n", "某局 2021 年政府信息公开工作年度报告",
        "一、总体情况", "  本机关认真贯彻落实条例。  ", "", "## （一）主动公开", "**加强**政策解读，**做好**公开。 ",
        "### **小标题** ", "正文\u3000", "", "五、存在的主要问题及改进情况", "  问题：解读不足。 ", "",
        "六、其他需要报告的事项", "## 无。", "");
    AnnualReport report = PARSER.parse(text).report();
    assertThat(report.section(1).get().text())
        .isEqualTo("  本机关认真贯彻落实条例。\n(一)主动公开\n加强政策解读，做好公开。\n小标题\n正文");
    assertThat(report.section(5).get().text()).as("one line: its range, stripped at the end").isEqualTo("  问题：解读不足。");
    assertThat(report.section(6).get().text()).as("one line after marks: stripped at both ends").isEqualTo("无。");
  }

  @Test
  void sumsBeyondTheRangeOfLongRecoverNothing() {
    // 商业企业 blank; three counts of 2^62 − 1 (the largest a count cell holds) overflow a long: with
    // wrapping arithmetic, 总计 0 − (3 × (2^62 − 1)) would "recover" 商业企业 = 4611686018427387907
    long big = (1L << 62) - 1;
    ParseResult r = PARSER.parse(replaced(GRANTED,
        "三、本年度办理结果\t（一）予以公开\t\t" + big + "\t\t" + big + "\t" + big + "\t0\t0\t0"));
    assertThat(cell(r, ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON)).contains(big);
    // the column's own sum (（七）总计 = the result rows, A3) still makes the blank 0, as it should
    assertThat(cell(r, ApplicationRow.GRANTED, ApplicantColumn.COMMERCIAL_ENTERPRISE)).contains(0L);
    assertThat(r.diagnostics()).noneMatch(d -> d.code().equals("internal-error"))
        .noneMatch(d -> d.message().contains("-461168")); // no wrapped sum anywhere, in the rules' messages either
    assertThat(r.diagnostics("applications-row-total")).singleElement()
        .satisfies(d -> assertThat(d.message()).endsWith("= 13835058055282163709"));
  }

  @Test
  void aBlankCellTheSumsDetermineIsReadAsZeroOrItsValue() {
    ParseResult zero = PARSER.parse(replaced(GRANTED, "三、本年度办理结果\t（一）予以公开\t\t2\t0\t\t0\t0\t0\t2"));
    assertThat(cell(zero, ApplicationRow.GRANTED, ApplicantColumn.RESEARCH_INSTITUTION)).contains(0L);
    assertThat(zero.diagnostics("blank-as-zero")).filteredOn(d -> d.path().equals(Optional.of("applications.granted")))
        .singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.INFO);
      assertThat(d.path()).contains("applications.granted");
      assertThat(d.message()).isEqualTo("Row \"（一）予以公开\": blank cells 科研机构 read as 0, as the template's sums (A2) require");
    });
    ParseResult value = PARSER.parse(replaced(GRANTED, "三、本年度办理结果\t（一）予以公开\t\t\t0\t0\t0\t0\t0\t2"));
    assertThat(cell(value, ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON)).contains(2L);
    // a blank first cell reads as a merged label cell: six numbers for seven columns, placed by the column sums
    assertThat(value.diagnostics("value-recovered")).filteredOn(d -> d.path().equals(Optional.of("applications.granted")))
        .singleElement().satisfies(d -> assertThat(d.message()).isEqualTo("Row \"（一）予以公开\": 自然人=2, 商业企业=0, "
            + "科研机构=0, 社会公益组织=0, 法律服务机构=0, 其他=0, 总计=2 determined by the template's sums (A3)"));
    ParseResult slash = PARSER.parse(replaced(GRANTED, "三、本年度办理结果\t（一）予以公开\t\t2\t/\t0\t0\t0\t0\t2"));
    assertThat(cell(slash, ApplicationRow.GRANTED, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEmpty();
    assertThat(codes(slash)).contains("not-applicable:applications.granted.commercialEnterprise");
    ParseResult invalid = PARSER.parse(replaced(GRANTED, "三、本年度办理结果\t（一）予以公开\t\t2\t0.5\t0\t0\t0\t0\t2"));
    assertThat(cell(invalid, ApplicationRow.GRANTED, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEmpty();
    assertThat(invalid.diagnostics("cell-invalid")).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo("Cell \"0.5\" is not a valid count; left absent");
      assertThat(d.path()).contains("applications.granted.commercialEnterprise");
    });
  }

  @Test
  void rowsThatGainOrLoseACellArePlacedByTheirSums() {
    ParseResult lost = PARSER.parse(replaced(GRANTED, "三、本年度办理结果\t（一）予以公开\t\t2\t0\t0\t0\t0\t2"));
    assertThat(lost.report().applications().get().row(ApplicationRow.GRANTED).map(c -> c.value(ApplicantColumn.TOTAL)))
        .contains(Optional.of(2L));
    assertThat(codes(lost)).contains("row-missing-cells:applications.granted");
    ParseResult subtotal = PARSER.parse(replaced(GRANTED, "三、本年度办理结果\t（一）予以公开\t\t2\t0\t0\t0\t0\t0\t0\t2"));
    assertThat(cell(subtotal, ApplicationRow.GRANTED, ApplicantColumn.LEGAL_PERSON_SUBTOTAL)).contains(0L);
    assertThat(codes(subtotal)).contains("row-subtotal-cell:applications.granted");
    ParseResult unique = PARSER.parse(replaced(GRANTED, "三、本年度办理结果\t（一）予以公开\t\t2\t0\t0\t0\t0\t0\t2\t5"));
    assertThat(cell(unique, ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON)).contains(2L);
    assertThat(cell(unique, ApplicationRow.GRANTED, ApplicantColumn.TOTAL)).contains(2L);
    assertThat(unique.diagnostics("row-extra-cells")).singleElement().satisfies(d -> assertThat(d.message())
        .isEqualTo("Row \"（一）予以公开\" has 8 cells, 7 expected; dropped 5, the only choice under which the row total holds"));
    ParseResult nine = PARSER.parse(replaced(GRANTED, "三、本年度办理结果\t（一）予以公开\t\t2\t0\t0\t0\t0\t0\t2\t5\t7"));
    assertThat(codes(nine)).contains("row-missing-cells:applications.granted");
  }

  @Test
  void unplacedNumbersAreKeptOnlyIfTheColumnSumsAgreeWithThem() {
    ParseResult agree = PARSER.parse(replaced(GRANTED, "三、本年度办理结果\t（一）予以公开\t\t2\t0\t0\t0\t2"));
    Counts granted = agree.report().applications().get().row(ApplicationRow.GRANTED).orElseThrow();
    assertThat(ApplicantColumn.STANDARD.stream().map(c -> granted.value(c).orElse(-1L)).collect(Collectors.toList()))
        .containsExactly(2L, 0L, 0L, 0L, 0L, 0L, 2L);
    assertThat(granted.total().flatMap(Located::span)).isEqualTo(granted.span()); // recovered: at the row's label
    assertThat(codes(agree)).contains("row-missing-cells:applications.granted", "value-recovered:applications.granted")
        .doesNotContain("cells-ambiguous:applications.granted");
    ParseResult disagree = PARSER.parse(replaced(GRANTED, "三、本年度办理结果\t（一）予以公开\t\t2\t0\t0\t9\t2"));
    Counts wrong = disagree.report().applications().get().row(ApplicationRow.GRANTED).orElseThrow();
    assertThat(ApplicantColumn.WITH_SUBTOTAL.stream().map(wrong::value)).allMatch(Optional::isEmpty);
    assertThat(disagree.diagnostics("cells-ambiguous")).singleElement().satisfies(d -> {
      assertThat(d.path()).contains("applications.granted");
      assertThat(d.related()).hasSize(5);
      assertThat(d.message()).isEqualTo("Row \"（一）予以公开\": the printed numbers 2 0 0 9 2 could not be placed and the "
          + "sums do not determine the row; its cells are absent");
    });
  }

  @Test
  void aBlankSubtotalIsTheSumOfTheOrganisations() {
    AnnualReport m = AnnualReport.builder().from(ReportWriterTest.report2021())
        .applications(io.github.ogireport.model.Applications.builder().subtotalColumn(true)
            .putRows(ApplicationRow.NEWLY_RECEIVED, Counts.builder().from(ReportWriterTest.counts(1, 3, 4))
                .legalPersonSubtotal(Located.of(3L)).build())
            .build())
        .build();
    String text = ReportWriter.tabs().write(m);
    ParseResult r = PARSER.parse(text.replace("\t1\t3\t0\t0\t0\t0\t3\t4", "\t1\t3\t0\t0\t0\t0\t\t4"));
    assertThat(r.report().applications().get().subtotalColumn()).isTrue();
    assertThat(cell(r, ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.LEGAL_PERSON_SUBTOTAL)).contains(3L);
    assertThat(r.diagnostics("value-recovered")).anyMatch(d -> d.message().equals(
        "Row \"一、本年新收政府信息公开申请数量\": 小计=3 determined by the template's sums (A2)"));
    ParseResult wrong = PARSER.parse(text.replace("\t1\t3\t0\t0\t0\t0\t3\t4", "\t1\t3\t0\t0\t0\t0\t5\t4"));
    assertThat(cell(wrong, ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.LEGAL_PERSON_SUBTOTAL)).contains(5L);
  }

  @Test
  void rowLabelsAreMatchedTolerantly() {
    String typo = replaced("\t\t2.其他法律行政法规禁止公开\t", "\t\t2.其他法律行政止公开\t");
    ParseResult r = PARSER.parse(typo);
    assertThat(r.report().applications().get().rows()).containsKey(ApplicationRow.PROHIBITED_BY_LAW);
    assertThat(r.diagnostics("label-variant")).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.INFO);
      assertThat(d.message()).isEqualTo("Label \"2.其他法律行政止公开\" read as the standard label \"其他法律行政法规禁止公开\"");
    });
    ParseResult fuzzy = PARSER.parse(replaced("\t\t3.补正后申请内容仍不明确\t", "\t\t3、补正后申请内容仍然不明确\t"));
    assertThat(fuzzy.report().applications().get().rows()).containsKey(ApplicationRow.UNCLEAR_AFTER_AMENDMENT);
    ParseResult byNumber = PARSER.parse(replaced("\t\t4.保护第三方合法权益\t", "\t\t4.\t"));
    assertThat(byNumber.report().applications().get().rows()).containsKey(ApplicationRow.THIRD_PARTY_RIGHTS);
    ParseResult total = PARSER.parse(replaced("\t（七）总计\t", "\t合计\t"));
    assertThat(total.report().applications().get().rows()).containsKey(ApplicationRow.TOTAL_HANDLED);
    ParseResult unknown = PARSER.parse(replaced("\t\t4.保护第三方合法权益\t", "\t\t随便什么\t"));
    assertThat(unknown.report().applications().get().rows()).doesNotContainKey(ApplicationRow.THIRD_PARTY_RIGHTS);
    assertThat(codes(unknown)).contains("row-unrecognized:", "row-missing:applications.withheld.thirdPartyRights");
    ParseResult twice = PARSER.parse(replaced("四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\t0",
        "四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\t0\n四、结转下年度继续办理\t\t\t1\t0\t0\t0\t0\t0\t1"));
    assertThat(cell(twice, ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL)).contains(0L);
    assertThat(twice.diagnostics("row-duplicate")).singleElement().satisfies(d ->
        assertThat(d.related()).hasSize(1));
  }

  @Test
  void aLabelWithItsNumbersOnTheNextLineIsOneRow() {
    ParseResult r = PARSER.parse(replaced("四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\t0",
        "四、结转下年度继续办理\n\t\t\t0\t0\t0\t0\t0\t0\t0"));
    assertThat(r.report().applications().get().rows()).containsKey(ApplicationRow.CARRIED_FORWARD);
    assertThat(codes(r)).noneMatch(c -> c.startsWith("row-missing:applications") || c.startsWith("row-unrecognized"));
  }

  @Test
  void sectionFourIsPlacedByItsGroupTotals() {
    String row = "1\t0\t0\t0\t1\t0\t0\t0\t\t0\t0\t0\t0\t\t0";
    ParseResult fourteen = PARSER.parse(replaced(row, "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0"));
    assertThat(codes(fourteen)).contains("row-missing-cells:reviewsAndLawsuits");
    assertThat(fourteen.report().reviewsAndLawsuits().get().lawsuitAfterReview().total().map(Located::value)).contains(0L);
    assertThat(fourteen.report().reviewsAndLawsuits().get().administrativeReview().upheld().map(Located::value)).contains(1L);
    ParseResult ambiguous = PARSER.parse(replaced(row, "1\t2\t3"));
    assertThat(codes(ambiguous)).contains("cells-ambiguous:reviewsAndLawsuits");
    assertThat(ambiguous.report().reviewsAndLawsuits().get().administrativeReview().total()).isEmpty();
    ParseResult leading = PARSER.parse(replaced(row, "\t\t\t\t\t0\t0\t0\t0\t0\t1\t0\t0\t0\t1"));
    assertThat(leading.report().reviewsAndLawsuits().get().lawsuitAfterReview().total().map(Located::value)).contains(1L);
    assertThat(leading.report().reviewsAndLawsuits().get().administrativeReview().total()).isEmpty();
    ParseResult text = PARSER.parse(replaced(row, "1\t0\t0\t0\t1\t0\t0\t0\t1.5\t0\t0\t0\t0\t/\t0"));
    assertThat(codes(text)).contains("cell-invalid:reviewsAndLawsuits.lawsuitWithoutReview.pending",
        "not-applicable:reviewsAndLawsuits.lawsuitAfterReview.pending");
  }

  @Test
  void theTitleBlockAndTheYear() {
    ParseResult badDate = PARSER.parse(replaced("(2022 年 1 月 26 日)", "(2022 年 2 月 30 日)"));
    assertThat(badDate.report().publishedOn()).isEmpty();
    assertThat(badDate.diagnostics("date-invalid")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("2022 年 2 月 30 日"));
    ParseResult noTitle = PARSER.parse(replaced("上海市人民政府合作交流办公室 2021 年政府信息公开工作年度报告\n", "\n"));
    assertThat(noTitle.report().title()).isEmpty();
    assertThat(noTitle.report().year().map(Located::value)).contains(2022);
    assertThat(codes(noTitle)).contains("title-missing:title", "year-inferred:year");
    ParseResult period = PARSER.parse("一、总体情况\n本报告统计期限自 2020 年 1 月 1 日起。\n");
    assertThat(period.report().year().map(Located::value)).contains(2020);
    ParseResult split = PARSER.parse("2021 年政府信息公开工作年度报告\n\n上海市某某局\n\n一、总体情况\n");
    assertThat(split.report().agency().map(Located::value)).contains("上海市某某局");
    assertThat(split.report().title().map(Located::value)).contains("2021 年政府信息公开工作年度报告 上海市某某局");
    ParseResult before = PARSER.parse("上海市某某局\n关于2021年度政府信息公开工作年度报告\n一、总体情况\n");
    assertThat(before.report().agency().map(Located::value)).contains("上海市某某局");
    assertThat(before.report().title().map(Located::value)).contains("上海市某某局 关于2021年度政府信息公开工作年度报告");
  }

  @Test
  void templatesAreToldApart() {
    AnnualReport v2019 = AnnualReport.builder().from(ReportWriterTest.report2021()).template(TemplateVersion.V2019)
        .activeDisclosure(io.github.ogireport.model.ActiveDisclosure.builder()
            .putItems(DisclosureItem.CENTRALIZED_PROCUREMENT, DisclosureRow.builder().projects(Located.of(1L)).build())
            .build())
        .build();
    ParseResult r = PARSER.parse(ReportWriter.tabs().write(v2019).replace("75394432", "x")
        .replace("政府集中采购\t1\t\t", "政府集中采购\t1\t25.1万元\t"));
    assertThat(r.report().template()).isEqualTo(TemplateVersion.V2019);
    assertThat(r.report().activeDisclosure().get().item(DisclosureItem.CENTRALIZED_PROCUREMENT)
        .flatMap(DisclosureRow::amountYuan).map(Located::value)).contains(new BigDecimal("251000"));
    ParseResult legacy = PARSER.parse("平潭综合实验区2018年政府信息公开工作年度报告\n一、概述\n指标名称\t计量单位\t2018年度\t历年累计\n统计表\n");
    assertThat(legacy.report().template()).isEqualTo(TemplateVersion.LEGACY);
    assertThat(codes(legacy)).contains("template-legacy:template").doesNotContain("section-missing:sections");
    String noDisclosure = ReportWriter.tabs().write(AnnualReport.builder().from(ReportWriterTest.report2021())
        .activeDisclosure(Optional.empty()).year(Located.of(2020)).title(Located.of("某局2020年政府信息公开工作年度报告")).build());
    assertThat(PARSER.parse(noDisclosure).report().template()).isEqualTo(TemplateVersion.V2019);
    String noTitle = noDisclosure.substring(noDisclosure.indexOf('\n') + 1).replace("(2022 年 1 月 26 日)", "");
    assertThat(PARSER.parse(noTitle).report().template()).isEqualTo(TemplateVersion.V2021);
    assertThat(PARSER.parse("一、总体情况\n").report().template()).isEqualTo(TemplateVersion.UNKNOWN);
  }

  @Test
  void sectionHeadingsAreRecognisedByTheirWords() {
    List<String> lines = new ArrayList<>();
    lines.add("**一、 总体情况**");
    lines.add("二、主动公开政府信息情况：");
    lines.add("三、本年度办理结果");
    lines.add("#### 四、因政府信息公开工作被申请行政复议、提起行政诉讼情况");
    lines.add("五、政府信息公开工作存在的主要问题及改进情况。");
    lines.add("六、其他需要报告的事项");
    lines.add("七、附件");
    ParseResult r = PARSER.parse(String.join("\n", lines));
    assertThat(r.report().sections()).extracting(s -> s.number() + ":" + s.heading()).containsExactly(
        "1:总体情况", "2:主动公开政府信息情况", "4:因政府信息公开工作被申请行政复议、提起行政诉讼情况",
        "5:政府信息公开工作存在的主要问题及改进情况", "6:其他需要报告的事项");
    assertThat(r.report().section(2).get().text()).isEqualTo("三、本年度办理结果");
    assertThat(r.report().section(6).get().text()).isEqualTo("七、附件");
    assertThat(r.diagnostics("section-heading-variant")).hasSize(2);
    assertThat(r.diagnostics("section-missing")).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo("Section 三、收到和处理政府信息公开申请情况 is missing");
      assertThat(d.line()).contains(4);
    });
    assertThat(r.diagnostics("table-missing")).extracting(d -> d.path().orElse(""))
        .containsExactly("activeDisclosure", "reviewsAndLawsuits");
  }

  @Test
  void fullWidthAndInvisibleCharactersAreReadThrough() {
    String noisy = TEXT.replace("\t6\t0\t0\t0\t0\t0\t6", "\t６\t0\t0\u00A0\t0\t0\u200B\t0\t6")
        .replace("一、总体情况", "一、总体情况\u2028")
        .replace("规章", "规\u00AD章");
    ParseResult r = PARSER.parse(noisy);
    assertThat(cell(r, ApplicationRow.NEWLY_RECEIVED, ApplicantColumn.NATURAL_PERSON)).contains(6L);
    assertThat(r.report().activeDisclosure().get().item(DisclosureItem.REGULATIONS)).isPresent();
    Counts c = r.report().applications().get().row(ApplicationRow.NEWLY_RECEIVED).get();
    assertThat(c.naturalPerson().flatMap(Located::span).map(s -> noisy.substring(s.offset(), s.endOffset())))
        .contains("６");
    Spans.assertAllInside(r, noisy);
  }
}
