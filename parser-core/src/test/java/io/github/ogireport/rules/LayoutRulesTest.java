package io.github.ogireport.rules;

import static io.github.ogireport.rules.Reports.at;
import static io.github.ogireport.rules.Reports.natural;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.Fixtures;
import io.github.ogireport.ParseResult;
import io.github.ogireport.ReportParser;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Applications;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import io.github.ogireport.model.TemplateVersion;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** section-order, template-conformance and year-consistency. */
class LayoutRulesTest {

  private static final ReportParser PARSER = ReportParser.create();

  private static Section section(int n, String heading, int line) {
    return Section.builder().number(n).heading(heading).text("").span(at(line, 1)).build();
  }

  @Test
  void aSectionAfterAHigherOneIsOutOfOrder() {
    AnnualReport r = AnnualReport.builder().addSections(
        section(1, "总体情况", 1), section(2, "主动公开政府信息情况", 2), section(4, "政府信息公开行政复议、行政诉讼情况", 3),
        section(3, "收到和处理政府信息公开申请情况", 4), section(5, "存在的主要问题及改进情况", 5),
        section(6, "其他需要报告的事项", 6)).build();

    List<Finding> f = RecordingContext.run(new SectionsInOrder(), r);

    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.message()).isEqualTo("Section 三、收到和处理政府信息公开申请情况 comes after section "
          + "四、政府信息公开行政复议、行政诉讼情况; the template orders the sections 一 to 六");
      assertThat(x.span()).hasValue(at(4, 1));
      assertThat(x.related()).containsExactly(at(3, 1));
    });
  }

  @Test
  void sectionsSwappedInASeed() {
    // seed 004: 五 at line 97, 六 at line 109; move 五 (lines 97–108) after 六
    String seed = Fixtures.seed("004");
    String[] lines = seed.split("\n", -1);
    int five = indexOf(lines, "#### 五、存在的主要问题及改进情况");
    int six = indexOf(lines, "## 六、其他需要报告的事项");
    List<String> out = new java.util.ArrayList<>(List.of(lines).subList(0, five));
    out.addAll(List.of(lines).subList(six, lines.length));
    out.addAll(List.of(lines).subList(five, six));

    ParseResult result = PARSER.parse(String.join("\n", out));

    assertThat(result.diagnostics("section-order")).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.message()).startsWith("Section 五、存在的主要问题及改进情况 comes after section 六、其他需要报告的事项");
    });
  }

  private static int indexOf(String[] lines, String line) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].equals(line)) {
        return i;
      }
    }
    throw new AssertionError(line);
  }

  @Test
  void a2021ReportPrinting六AsOneRow() {
    ParseResult result = PARSER.parse(Fixtures.seed("002"));

    assertThat(result.diagnostics("template-conformance")).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.INFO);
      assertThat(d.line()).hasValue(79);
      assertThat(d.path()).hasValue("applications.otherHandling.subtotal");
      assertThat(d.message()).startsWith("（六）其他处理 is printed as one row, as in the 2019 template;");
    });
  }

  @Test
  void a2019LabelInA2021ReportIsNamedWithItsStandardLabel() {
    String text = Fixtures.seed("003");
    ParseResult result = PARSER.parse(text);

    assertThat(result.diagnostics("template-conformance")).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.INFO);
      assertThat(d.message()).isEqualTo(
          "\"规范性文件\" is a label of the 2019 template; the 2021 template's standard label is \"行政规范性文件\"");
      assertThat(text.substring(d.span().get().offset(), d.span().get().endOffset())).isEqualTo("规范性文件");
      assertThat(d.line()).hasValue(18);
    });
  }

  @Test
  void a2019LabelInQuotesOrBoldIsStillTold() {
    // a label may start with a char that folding drops: the quick first-char filter must not skip it
    for (String printed : new String[] {"“规范性文件”", "**规范性文件**", " 规范性文件"}) {
      String text = Fixtures.replace(Fixtures.seed("003"), 18, "规范性文件", printed);
      ParseResult result = PARSER.parse(text);

      assertThat(result.diagnostics("template-conformance")).as(printed).singleElement().satisfies(d -> {
        assertThat(d.message()).endsWith("is a label of the 2019 template; the 2021 template's standard label is \"行政规范性文件\"");
        assertThat(d.line()).hasValue(18);
      });
    }
  }

  @Test
  void a2019ColumnWithoutCounterpartAndProseMentionsAreTold() {
    // seed 004 line 44: 本年废止件数 → the 2019 label 本年新公开数量; line 42, a sentence naming 规范性文件, is no label
    String text = Fixtures.replace(Fixtures.seed("004"), 44, "本年废止件数", "本年新公开数量");
    text = Fixtures.replaceLine(text, 42, "本年主动公开规范性文件 1 件。");

    ParseResult result = PARSER.parse(text);

    assertThat(result.diagnostics("template-conformance")).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo("\"本年新公开数量\" is a label of the 2019 template; the 2021 template has no such row or column");
      assertThat(d.line()).hasValue(44);
    });
  }

  @Test
  void a2019ReportPrinting六AsItemsAnd2021LabelsWithoutInput() {
    Applications.Builder a = Reports.table(1, 0, 1);
    AnnualReport r = AnnualReport.builder().template(TemplateVersion.V2019)
        .applications(a.build())
        .addSections(Section.builder().number(2).heading("主动公开政府信息情况")
            .text("第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0").span(at(30, 1)).build())
        .build();

    List<Finding> f = RecordingContext.run(new FollowsTemplate(), r);

    assertThat(f).extracting(Finding::message).containsExactly(
        "（六）其他处理 is printed as three items, as in the 2021 template; the 2019 template prints it as the one row 其他处理",
        "\"本年制发件数\" is a label of the 2021 template; the 2019 template's standard label is \"本年新制作数量\"",
        "\"本年废止件数\" is a label of the 2021 template; the 2019 template has no such row or column",
        "\"现行有效件数\" is a label of the 2021 template; the 2019 template's standard label is \"对外公开总数量\"");
    assertThat(f.get(0).path()).hasValue(ApplicationRow.NO_AMENDMENT_IN_TIME.path());
    // without the input, positions fall back to the section heading
    assertThat(f.subList(1, 4)).allSatisfy(x -> assertThat(x.span()).hasValue(at(30, 1)));
  }

  @Test
  void theStatisticsPeriodNamesTheReportYear() {
    // seed 002 line 100: 统计期限自2022年1月1日起至2022年12月31日止
    String text = Fixtures.replace(Fixtures.seed("002"), 100, "至2022年", "至2023年");
    ParseResult result = PARSER.parse(text);

    assertThat(result.diagnostics("year-consistency")).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.path()).hasValue("year");
      assertThat(d.line()).hasValue(100);
      assertThat(text.substring(d.span().get().offset(), d.span().get().endOffset())).isEqualTo("2023");
      assertThat(d.related()).extracting(SourceSpan::line).containsExactly(3);
      assertThat(d.message()).isEqualTo("The statistics period names the year 2023 "
          + "(统计期限自2022年1月1日起至2023年12月31日止), but the report is on 2022");
    });
  }

  @Test
  void withoutTheInputThePeriodIsReadFromTheSectionsAndReportedAtTheYear() {
    AnnualReport r = AnnualReport.builder().year(Located.of(2022, at(1, 5))).template(TemplateVersion.V2021)
        .addSections(Section.builder().number(6).heading("其他需要报告的事项")
            .text("本报告所列数据的统计期限自 2021 年 1 月 1 日起至 2021 年 12 月 31 日止。另：2023 年起按新规定。").span(at(90, 1)).build())
        .build();

    List<Finding> f = RecordingContext.run(new YearsConsistent(), r);

    assertThat(f).hasSize(2).allSatisfy(x -> {
      assertThat(x.span()).hasValue(at(1, 5));
      assertThat(x.related()).isEmpty();
      assertThat(x.message()).startsWith("The statistics period names the year 2021 (统计期限自2021年1月1日起至2021年12月31日止)");
    });
  }

  @Test
  void thePublicationDateFallsInTheNextYearOrLateDecember() {
    String seed = Fixtures.seed("000"); // line 5: ( 2022 年 1 月 26 日 ), report on 2021
    assertThat(PARSER.parse(Fixtures.replace(seed, 5, "2022 年 1 月 26 日", "2021 年 12 月 28 日"))
        .diagnostics("year-consistency")).isEmpty();

    ParseResult early = PARSER.parse(Fixtures.replace(seed, 5, "2022 年 1 月 26 日", "2021 年 12 月 10 日"));
    ParseResult late = PARSER.parse(Fixtures.replace(seed, 5, "2022 年 1 月 26 日", "2023 年 1 月 26 日"));

    assertThat(early.diagnostics("year-consistency")).singleElement().satisfies(d -> {
      assertThat(d.path()).hasValue("publishedOn");
      assertThat(d.line()).hasValue(5);
      assertThat(d.message()).isEqualTo("Published on 2021-12-10; a report on 2021 is published in 2022 (or from 20 December 2021)");
    });
    assertThat(late.diagnostics("year-consistency")).extracting(Diagnostic::path).containsExactly(java.util.Optional.of("publishedOn"));
  }

  @Test
  void theTemplateFitsTheYear() {
    AnnualReport r2019 = AnnualReport.builder().year(Located.of(2022, at(1, 1))).template(TemplateVersion.V2019).build();
    AnnualReport r2021 = AnnualReport.builder().year(Located.of(2020, at(1, 1))).template(TemplateVersion.V2021).build();
    AnnualReport fine = AnnualReport.builder().year(Located.of(2020, at(1, 1))).template(TemplateVersion.V2019)
        .publishedOn(Located.of(LocalDate.of(2021, 3, 1), at(2, 1))).build();

    assertThat(RecordingContext.run(new YearsConsistent(), r2019)).singleElement().satisfies(x -> {
      assertThat(x.message()).isEqualTo("A report on 2022 follows the 2021 template, but this one follows the 2019 template");
      assertThat(x.path()).hasValue("template");
      assertThat(x.span()).hasValue(at(1, 1));
    });
    assertThat(RecordingContext.run(new YearsConsistent(), r2021)).singleElement()
        .satisfies(x -> assertThat(x.message()).contains("on 2020 follows the 2019 template"));
    assertThat(RecordingContext.run(new YearsConsistent(), fine)).isEmpty();
  }

  @Test
  void aTableWithOnlyItsOwnTemplatesLabelsIsQuiet() {
    AnnualReport r = AnnualReport.builder().template(TemplateVersion.V2021)
        .applications(Reports.table(1, 0, 1).putRows(ApplicationRow.GRANTED, natural(12, 1)).build()).build();

    assertThat(RecordingContext.run(new FollowsTemplate(), r)).isEmpty();
  }
}
