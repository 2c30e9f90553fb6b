package io.github.ogireport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogireport.model.ActiveDisclosure;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Applications;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.DisclosureField;
import io.github.ogireport.model.DisclosureItem;
import io.github.ogireport.model.DisclosureRow;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Outcome;
import io.github.ogireport.model.OutcomeField;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.ReviewsAndLawsuits;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.TemplateVersion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The layouts {@link ReportWriter} prints, line by line. */
class ReportWriterTest {

  /** A 2021 report: 一 6 = （一）2 + （六）3. 4 (自然人), everything else 0; section 四 with a blank cell. */
  static AnnualReport report2021() {
    Applications.Builder a = Applications.builder();
    for (ApplicationRow row : ApplicationRow.values()) {
      if (row == ApplicationRow.OTHER_HANDLING_SUBTOTAL) {
        continue;
      }
      long n = row == ApplicationRow.NEWLY_RECEIVED || row == ApplicationRow.TOTAL_HANDLED ? 6
          : row == ApplicationRow.GRANTED ? 2 : row == ApplicationRow.OTHER ? 4 : 0;
      a.putRows(row, counts(n, 0, n));
    }
    Outcome.Builder review = Outcome.builder();
    for (OutcomeField f : OutcomeField.values()) {
      review.set(f, Located.of(f == OutcomeField.UPHELD || f == OutcomeField.TOTAL ? 1L : 0L));
    }
    Outcome lawsuit = Outcome.builder().upheld(Located.of(0L)).corrected(Located.of(0L)).other(Located.of(0L))
        .total(Located.of(0L)).build(); // 尚未审结 absent
    return AnnualReport.builder()
        .title(Located.of("上海市人民政府合作交流办公室 2021 年政府信息公开工作年度报告"))
        .agency(Located.of("上海市人民政府合作交流办公室"))
        .year(Located.of(2021))
        .publishedOn(Located.of(LocalDate.of(2022, 1, 26)))
        .template(TemplateVersion.V2021)
        .addSections(Section.builder().number(1).heading("总体情况").text("一是持续推进重点领域信息主动公开。\n二是规范依申请公开。").build())
        .addSections(Section.builder().number(2).heading("主动公开政府信息情况").text("").build())
        .addSections(Section.builder().number(3).heading("收到和处理政府信息公开申请情况").text("").build())
        .addSections(Section.builder().number(4).heading("政府信息公开行政复议、行政诉讼情况").text("").build())
        .addSections(Section.builder().number(6).heading("其他需要报告的事项").text("全年未产生收费情况。").build())
        .activeDisclosure(ActiveDisclosure.builder()
            .putItems(DisclosureItem.REGULATIONS, DisclosureRow.builder().issued(Located.of(0L))
                .repealed(Located.of(0L)).inForce(Located.of(0L)).build())
            .putItems(DisclosureItem.NORMATIVE_DOCUMENTS, DisclosureRow.builder().issued(Located.of(1L))
                .inForce(Located.of(8L)).build())
            .putItems(DisclosureItem.LICENSING, DisclosureRow.builder().decisions(Located.of(447228L)).build())
            .putItems(DisclosureItem.FEES, DisclosureRow.builder().amount(Located.of(new BigDecimal("24252.311082"))).build())
            .build())
        .applications(a.build())
        .reviewsAndLawsuits(ReviewsAndLawsuits.builder().administrativeReview(review.build())
            .lawsuitWithoutReview(lawsuit).lawsuitAfterReview(lawsuit).build())
        .build();
  }

  /** Counts with 自然人 {@code natural}, 商业企业 {@code business}, the other organisations 0, total {@code total}. */
  static Counts counts(long natural, long business, long total) {
    Counts.Builder c = Counts.builder();
    for (ApplicantColumn col : ApplicantColumn.STANDARD) {
      long v = col == ApplicantColumn.NATURAL_PERSON ? natural : col == ApplicantColumn.COMMERCIAL_ENTERPRISE
          ? business : col == ApplicantColumn.TOTAL ? total : 0;
      c.set(col, Located.of(v));
    }
    return c.build();
  }

  static List<String> lines(String text) {
    return Arrays.asList(text.split("\n", -1));
  }

  @Test
  void tabsLayoutPrintsTheStandardForm() {
    String text = ReportWriter.tabs().write(report2021());
    List<String> lines = lines(text);
    assertThat(text).endsWith("\n").doesNotContain("\n\n\n");
    assertThat(lines.subList(0, 10)).containsExactly(
        "上海市人民政府合作交流办公室 2021 年政府信息公开工作年度报告",
        "",
        "(2022 年 1 月 26 日)",
        "",
        "一、总体情况",
        "",
        "一是持续推进重点领域信息主动公开。",
        "",
        "二是规范依申请公开。",
        "");
    assertThat(text).contains(String.join("\n",
        "二、主动公开政府信息情况",
        "",
        "第二十条第（一）项\t\t\t",
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
        "规章\t0\t0\t0",
        "行政规范性文件\t1\t\t8",
        "",
        "第二十条第（五）项\t\t\t",
        "信息内容\t本年处理决定数量\t\t",
        "行政许可\t447228\t\t",
        "",
        "第二十条第（六）项\t\t\t",
        "信息内容\t本年处理决定数量\t\t",
        "",
        "第二十条第（八）项\t\t\t",
        "信息内容\t本年收费金额（单位：万元）\t\t",
        "行政事业性收费\t24252.311082\t\t",
        ""));
    assertThat(text).contains(String.join("\n",
        "三、收到和处理政府信息公开申请情况",
        "",
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况\t\t\t\t\t\t",
        "\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计",
        "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
        "一、本年新收政府信息公开申请数量\t\t\t6\t0\t0\t0\t0\t0\t6",
        "二、上年结转政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\t0",
        "三、本年度办理结果\t（一）予以公开\t\t2\t0\t0\t0\t0\t0\t2",
        "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t0\t0\t0\t0\t0\t0\t0",
        "\t（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0",
        "\t\t2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0"));
    assertThat(lines).contains(
        "\t（四）无法提供\t1.本机关不掌握相关政府信息\t0\t0\t0\t0\t0\t0\t0",
        "\t（五）不予处理\t1.信访举报投诉类申请\t0\t0\t0\t0\t0\t0\t0",
        "\t\t5.要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0",
        "\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0",
        "\t\t3.其他\t4\t0\t0\t0\t0\t0\t4",
        "\t（七）总计\t\t6\t0\t0\t0\t0\t0\t6",
        "四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\t0");
    assertThat(text).contains(String.join("\n",
        "四、政府信息公开行政复议、行政诉讼情况",
        "",
        "行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t",
        "\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t",
        "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
        "1\t0\t0\t0\t1\t0\t0\t0\t\t0\t0\t0\t0\t\t0",
        "",
        "六、其他需要报告的事项",
        "",
        "全年未产生收费情况。",
        ""));
    assertThat(text).doesNotContain("五、");
    // section 二: 4 + 3 + 2 + 3 lines; section 三: 3 header rows and 25 rows; section 四: 4 lines
    assertThat(lines.stream().filter(l -> l.contains("\t")).count()).isEqualTo(12 + 28 + 4);
  }

  @Test
  void markdownLayoutUsesHeadingsAndPipeTables() {
    String text = ReportWriter.markdown().write(report2021());
    List<String> lines = lines(text);
    assertThat(lines.get(0)).isEqualTo("# 上海市人民政府合作交流办公室 2021 年政府信息公开工作年度报告");
    assertThat(lines).contains("## 一、总体情况", "## 二、主动公开政府信息情况", "## 六、其他需要报告的事项",
        "(2022 年 1 月 26 日)");
    assertThat(text).contains(String.join("\n",
        "第二十条第（一）项",
        "",
        "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
        "| --- | --- | --- | --- |",
        "| 规章 | 0 | 0 | 0 |",
        "| 行政规范性文件 | 1 | | 8 |",
        ""));
    assertThat(text).contains(String.join("\n",
        "| 信息内容 | 本年处理决定数量 |",
        "| --- | --- |",
        "| 行政许可 | 447228 |"));
    assertThat(lines).contains(
        "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | | | 申请人情况 | | | | | | |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        "| | （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
        "| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | | 0 | 0 | 0 | 0 | | 0 |");
    assertThat(lines.stream().filter(l -> l.startsWith("|")).allMatch(l -> l.endsWith("|"))).isTrue();
  }

  @Test
  void alignedLayoutPadsColumnsAndWrapsLongLabels() {
    String text = ReportWriter.aligned().write(report2021());
    List<String> lines = lines(text);
    assertThat(text).doesNotContain("\t").doesNotContain("|");
    assertThat(text).contains(String.join("\n",
        "第二十条第（一）项",
        "",
        "信息内容        本年制发件数  本年废止件数  现行有效件数",
        "规章            0             0             0",
        "行政规范性文件  1                           8"));
    // the 勾稽 note (70 columns) is cut into pieces of 24 columns in the first column
    int note = lines.indexOf(lines.stream().filter(l -> l.startsWith("（本列数据的勾稽关系为：  ")).findFirst().orElseThrow());
    assertThat(lines.get(note)).endsWith("  申请人情况");
    assertThat(lines.subList(note + 1, note + 3)).containsExactly("第一项加第二项之和，等于", "第三项加第四项之和）");
    assertThat(lines.get(note + 3)).startsWith(" ".repeat(78) + "自然人      法人或其他组织").endsWith("总计");
    int at = lines.indexOf(lines.stream().filter(l -> l.contains("1.申请人无正当理由逾期不")).findFirst().orElseThrow());
    assertThat(lines.get(at)).isEqualTo(" ".repeat(26) + "（六）其他处理            "
        + "1.申请人无正当理由逾期不  0           0               0         0             0             0     0");
    assertThat(lines.get(at + 1).strip()).isEqualTo("补正、行政机关不再处理其");
    assertThat(lines.get(at + 2).strip()).isEqualTo("政府信息公开申请");
    assertThat(lines).contains("1         0         0         0         1     0                 0         0         "
        + "          0     0           0         0                   0");
  }

  @Test
  void alignedLayoutWrapsAtTheWidthAsked() {
    ReportWriter w = ReportWriter.aligned().withWrapWidth(8);
    assertThat(w.wrapWidth()).isEqualTo(8);
    assertThat(w.layout()).isEqualTo(ReportWriter.Layout.ALIGNED);
    assertThat(ReportWriter.aligned().wrapWidth()).isEqualTo(ReportWriter.DEFAULT_WRAP_WIDTH);
    assertThat(lines(w.write(report2021()))).contains("规章      0         0         0", "行政规范  1                   8", "性文件");
    assertThatThrownBy(() -> ReportWriter.tabs().withWrapWidth(3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3");
    assertThat(ReportWriter.tabs().withWrapWidth(4).wrapWidth()).isEqualTo(4);
  }

  @Test
  void wrapCutsAtDisplayColumns() {
    assertThat(ReportWriter.displayWidth("规章")).isEqualTo(4);
    assertThat(ReportWriter.displayWidth("ab1")).isEqualTo(3);
    assertThat(ReportWriter.displayWidth("（“）")).isEqualTo(6);
    assertThat(ReportWriter.displayWidth("\uD840\uDC00x")).isEqualTo(3);
    assertThat(ReportWriter.wrap("abcdef", 6)).containsExactly("abcdef");
    assertThat(ReportWriter.wrap("abcdefg", 6)).containsExactly("abcdef", "g");
    assertThat(ReportWriter.wrap("规章规章", 6)).containsExactly("规章规", "章");
    assertThat(ReportWriter.wrap("规a章", 3)).containsExactly("规a", "章");
    assertThat(ReportWriter.wrap("规章", 1)).containsExactly("规", "章");
    assertThat(ReportWriter.wrap("", 4)).containsExactly("");
  }

  @Test
  void wideCharactersAreThoseOfEastAsianWidthWideAndFullwidth() {
    int[][] ranges = {{0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3040, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF},
        {0xFE30, 0xFE4F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x20000, 0x3FFFD}, {0x201C, 0x201D}};
    for (int[] r : ranges) {
      assertThat(ReportWriter.displayWidth(new String(Character.toChars(r[0])))).as("U+%X", r[0]).isEqualTo(2);
      assertThat(ReportWriter.displayWidth(new String(Character.toChars(r[1])))).as("U+%X", r[1]).isEqualTo(2);
      assertThat(ReportWriter.displayWidth(new String(Character.toChars(r[0] - 1)))).as("U+%X", r[0] - 1)
          .isEqualTo(1);
      assertThat(ReportWriter.displayWidth(new String(Character.toChars(r[1] + 1)))).as("U+%X", r[1] + 1)
          .isEqualTo(1);
    }
    assertThat(ReportWriter.displayWidth("\u303F")).isEqualTo(1);
  }

  @Test
  void the2019TemplatePrintsFiveTablesAndOtherHandlingAsOneRow() {
    AnnualReport r = AnnualReport.builder()
        .year(Located.of(2019))
        .agency(Located.of("平潭综合实验区"))
        .template(TemplateVersion.V2019)
        .activeDisclosure(ActiveDisclosure.builder()
            .putItems(DisclosureItem.NORMATIVE_DOCUMENTS, DisclosureRow.builder().newlyMade(Located.of(3L))
                .newlyPublished(Located.of(3L)).totalPublished(Located.of(40L)).build())
            .putItems(DisclosureItem.OTHER_EXTERNAL_SERVICES, DisclosureRow.builder().previousYearItems(Located.of(2648L))
                .changeThisYear(Located.of(-18L)).decisions(Located.of(538L)).build())
            .putItems(DisclosureItem.FEES, DisclosureRow.builder().previousYearItems(Located.of(2L)).build())
            .putItems(DisclosureItem.CENTRALIZED_PROCUREMENT, DisclosureRow.builder().projects(Located.of(3L))
                .amountYuan(Located.of(new BigDecimal("75394432.52"))).build())
            .build())
        .applications(Applications.builder().subtotalColumn(true)
            .putRows(ApplicationRow.OTHER_HANDLING_SUBTOTAL, Counts.builder().from(counts(1, 2, 3))
                .legalPersonSubtotal(Located.of(2L)).build())
            .putRows(ApplicationRow.THIRD_PARTY_RIGHTS, counts(0, 0, 0))
            .build())
        .build();
    List<String> lines = lines(ReportWriter.tabs().write(r));
    assertThat(lines.get(0)).isEqualTo("平潭综合实验区 2019 年政府信息公开工作年度报告");
    assertThat(lines).doesNotContain("一、总体情况").contains("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况")
        .doesNotContain("四、政府信息公开行政复议、行政诉讼情况");
    assertThat(lines.stream().filter(l -> l.startsWith("第二十条")).map(l -> l.strip()).collect(Collectors.toList()))
        .containsExactly("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项");
    assertThat(lines).contains(
        "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
        "规范性文件\t3\t3\t40",
        "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
        "其他对外管理服务事项\t2648\t-18\t538",
        "信息内容\t上一年项目数量\t本年增/减\t",
        "行政事业性收费\t2\t\t",
        "信息内容\t采购项目数量\t采购总金额\t",
        "政府集中采购\t3\t75394432.52元\t",
        "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t小计\t",
        "三、本年度办理结果\t（三）不予公开\t4.保护第三方合法权益\t0\t0\t0\t0\t0\t0\t\t0",
        "\t（六）其他处理\t\t1\t2\t0\t0\t0\t0\t2\t3");
  }

  @Test
  void aTitleIsComposedAndTablesGetTheirStandardHeadings() {
    AnnualReport onlyTables = AnnualReport.builder()
        .agency(Located.of("雄县"))
        .reviewsAndLawsuits(ReviewsAndLawsuits.builder().build())
        .addSections(Section.builder().number(5).heading("存在的主要问题及改进情况").text("\n问题一。\n \n问题二。").build())
        .build();
    assertThat(ReportWriter.tabs().write(onlyTables)).isEqualTo(String.join("\n",
        "雄县政府信息公开工作年度报告",
        "",
        "四、政府信息公开行政复议、行政诉讼情况",
        "",
        "行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t",
        "\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t",
        "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
        "\t\t\t\t\t\t\t\t\t\t\t\t\t\t",
        "",
        "五、存在的主要问题及改进情况",
        "",
        "问题一。",
        "",
        "问题二。",
        ""));
    assertThat(ReportWriter.markdown().write(AnnualReport.builder().year(Located.of(2020)).build()))
        .isEqualTo("# 2020 年政府信息公开工作年度报告\n");
    assertThat(ReportWriter.tabs().write(AnnualReport.builder().build())).isEmpty();
    assertThat(ReportWriter.of(ReportWriter.Layout.MARKDOWN).layout()).isEqualTo(ReportWriter.Layout.MARKDOWN);
    assertThat(ReportWriter.dateLine(LocalDate.of(2026, 1, 8))).isEqualTo("(2026 年 1 月 8 日)");
  }

  @Test
  void aSectionWithoutItsTablePrintsItsText() {
    AnnualReport r = AnnualReport.builder()
        .title(Located.of("某局2022年政府信息公开工作年度报告"))
        .addSections(Section.builder().number(2).heading("主动公开政府信息情况").text("规章\t0\t0\t0").build())
        .addSections(Section.builder().number(3).heading("收到和处理政府信息公开申请情况").text("本年度无申请。").build())
        .build();
    assertThat(ReportWriter.markdown().write(r)).isEqualTo(String.join("\n",
        "# 某局2022年政府信息公开工作年度报告", "", "## 二、主动公开政府信息情况", "", "规章\t0\t0\t0", "",
        "## 三、收到和处理政府信息公开申请情况", "", "本年度无申请。", ""));
  }

  @Test
  void writtenReportsReadBack() {
    AnnualReport m = report2021();
    // the blank 尚未审结 of both lawsuit groups is determined by their totals (A4): read as 0, and said so
    Outcome recovered = Outcome.builder().from(m.reviewsAndLawsuits().get().lawsuitWithoutReview())
        .pending(Located.of(0L)).build();
    AnnualReport expected = AnnualReport.builder().from(m).reviewsAndLawsuits(ReviewsAndLawsuits.builder()
        .from(m.reviewsAndLawsuits().get()).lawsuitWithoutReview(recovered).lawsuitAfterReview(recovered).build()).build();
    ReportWriter tabs = ReportWriter.tabs();
    for (ReportWriter w : List.of(tabs, ReportWriter.markdown())) {
      ParseResult r = ReportParser.create().parse(w.write(m));
      assertThat(io.github.ogireport.testing.RoundTrip.comparable(r.report()))
          .as("%s", w.layout()).isEqualTo(io.github.ogireport.testing.RoundTrip.comparable(expected));
      // what report2021() leaves out: two rows of section 二, a cell of 行政规范性文件, section 五
      assertThat(r.diagnostics()).extracting(d -> d.code() + ":" + d.path().orElse("") + "@" + d.line().orElse(0))
          .containsExactlyInAnyOrder(
              "row-missing:activeDisclosure.penalty@0", "row-missing:activeDisclosure.compulsion@0",
              "blank-cell:activeDisclosure.normativeDocuments.repealed@" + (w == tabs ? 16 : 18),
              "blank-as-zero:reviewsAndLawsuits.lawsuitWithoutReview@" + (w == tabs ? 65 : 75),
              "blank-as-zero:reviewsAndLawsuits.lawsuitAfterReview@" + (w == tabs ? 65 : 75),
              "section-missing:sections@" + (w == tabs ? 67 : 77));
      assertThat(r.report().applications().flatMap(a -> a.row(ApplicationRow.OTHER)).flatMap(Counts::total)
          .map(Located::value)).contains(4L);
      assertThat(r.report().reviewsAndLawsuits().map(x -> x.group(ReviewGroup.LAWSUIT_AFTER_REVIEW))
          .flatMap(Outcome::pending).map(Located::value)).contains(0L);
      assertThat(r.report().activeDisclosure().flatMap(d -> d.item(DisclosureItem.FEES))
          .flatMap(x -> DisclosureField.AMOUNT.decimal(x))).contains(new BigDecimal("24252.311082"));
    }
  }
}
