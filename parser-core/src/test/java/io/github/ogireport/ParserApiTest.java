package io.github.ogireport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.DisclosureItem;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Outcome;
import io.github.ogireport.model.OutcomeField;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import io.github.ogireport.model.TemplateVersion;
import io.github.ogireport.rules.BuiltInRules;
import io.github.ogireport.rules.Rule;
import io.github.ogireport.rules.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** ReportParser's configuration, its limits, and the five seeds read exactly. */
class ParserApiTest {

  /** Reports the title, through each of RuleContext's ways to report. */
  static final class TitleRule implements Rule {
    @Override
    public String id() {
      return "title-seen";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.INFO;
    }

    @Override
    public String description() {
      return "reports the title";
    }

    @Override
    public void check(AnnualReport report, RuleContext context) {
      context.report("title " + report.title().map(Located::value).orElse("?") + " " + context.locale().getLanguage()
          + " " + context.severity(), report.title(), "title");
      context.report(context.message("row-missing", "X"), report.title().flatMap(Located::span), Optional.of("x"),
          report.title().flatMap(Located::span).map(List::of).orElse(List.of()));
    }
  }

  /** Found through META-INF/services by discoverRules(). */
  public static final class DiscoveredRule implements Rule {
    @Override
    public String id() {
      return "discovered";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public String description() {
      return "always reports once";
    }

    @Override
    public void check(AnnualReport report, RuleContext context) {
      context.report("found", Optional.<Located<String>>empty(), "sections");
    }
  }

  static final class FailingRule implements Rule {
    @Override
    public String id() {
      return "failing";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public String description() {
      return "throws";
    }

    @Override
    public void check(AnnualReport report, RuleContext context) {
      throw new IllegalStateException("boom");
    }
  }

  static final String TEXT = ReportWriter.tabs().write(ReportWriterTest.report2021());

  @Test
  void rulesAreAddedDisabledRegradedAndDiscovered() {
    ReportParser plain = ReportParser.create();
    assertThat(plain.rules()).extracting(Rule::id).containsExactly(
        "section-missing", "table-missing", "row-missing", "section-order", "template-conformance", "year-consistency", "value-domain", "applications-row-total", "applications-row-subtotal", "applications-balance", "applications-results-total", "reviews-group-total", "prose-consistency");
    assertThat(BuiltInRules.all()).extracting(Rule::id).containsExactly(
        "section-missing", "table-missing", "row-missing", "section-order", "template-conformance", "year-consistency", "value-domain", "applications-row-total", "applications-row-subtotal", "applications-balance", "applications-results-total", "reviews-group-total", "prose-consistency");
    assertThat(plain.options()).isEqualTo(ParserOptions.defaults());
    assertThat(plain.severityOf(BuiltInRules.all().get(0))).isEqualTo(Severity.ERROR);

    ReportParser p = ReportParser.builder()
        .addRule(new TitleRule())
        .addRule(new FailingRule())
        .disableRule("row-missing")
        .severity("title-seen", Severity.WARNING)
        .discoverRules()
        .build();
    assertThat(p.rules()).extracting(Rule::id)
        .containsExactly("section-missing", "table-missing", "section-order", "template-conformance",
            "year-consistency", "value-domain", "applications-row-total", "applications-row-subtotal",
            "applications-balance", "applications-results-total", "reviews-group-total", "prose-consistency",
            "title-seen", "failing", "discovered");
    assertThat(p.severityOf(new TitleRule())).isEqualTo(Severity.WARNING);
    assertThat(p.severityOf(new FailingRule())).isEqualTo(Severity.ERROR);
    ParseResult r = p.parse(TEXT);
    assertThat(r.diagnostics("row-missing")).isEmpty();
    assertThat(r.diagnostics("title-seen")).hasSize(2).allMatch(d -> d.severity() == Severity.WARNING);
    Diagnostic first = r.diagnostics("title-seen").stream().filter(d -> d.path().equals(Optional.of("title")))
        .findFirst().orElseThrow();
    assertThat(first.message()).isEqualTo("title 上海市人民政府合作交流办公室 2021 年政府信息公开工作年度报告 en WARNING");
    assertThat(first.line()).contains(1);
    Diagnostic second = r.diagnostics("title-seen").stream().filter(d -> d.path().equals(Optional.of("x")))
        .findFirst().orElseThrow();
    assertThat(second.message()).isEqualTo("Row \"X\" is missing from its table");
    assertThat(second.related()).containsExactly(second.span().orElseThrow());
    assertThat(r.diagnostics("rule-failed")).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.message()).startsWith("Rule failing failed (IllegalStateException: boom at ").endsWith("); its findings may be incomplete");
    });
    assertThat(r.diagnostics("discovered")).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.span()).isEmpty();
      assertThat(d.path()).contains("sections");
    });
    assertThat(r.diagnostics("section-missing")).hasSize(1);

    ReportParser none = ReportParser.builder().withoutBuiltInRules().addRule(new TitleRule()).build();
    assertThat(none.rules()).extracting(Rule::id).containsExactly("title-seen");
    assertThat(none.parse(TEXT).diagnostics()).extracting(Diagnostic::code)
        .doesNotContain("section-missing", "row-missing").contains("title-seen");
    ReportParser quiet = ReportParser.builder().addRule(new TitleRule()).validate(false).build();
    assertThat(quiet.parse(TEXT).diagnostics()).extracting(Diagnostic::code)
        .doesNotContain("section-missing", "row-missing", "title-seen").contains("blank-as-zero", "blank-cell");
    assertThatThrownBy(() -> ReportParser.builder().addRule(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ReportParser.builder().options(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ReportParser.builder().severity("x", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ReportParser.builder().disableRule(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void messagesComeInChinese() {
    ReportParser zh = ReportParser.builder().locale(Locale.SIMPLIFIED_CHINESE).addRule(new TitleRule()).build();
    assertThat(zh.options().locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    ParseResult r = zh.parse(TEXT);
    Diagnostic missing = r.diagnostics("section-missing").get(0);
    assertThat(missing.message()).contains("五、存在的主要问题及改进情况").isNotEqualTo(
        ReportParser.create().parse(TEXT).diagnostics("section-missing").get(0).message());
    assertThat(r.diagnostics("title-seen")).anyMatch(d -> d.message().endsWith(" zh INFO"));
  }

  @Test
  void limitsStopHostileInputsWithADiagnostic() {
    ParseResult big = ReportParser.builder().options(ParserOptions.builder().maxInputChars(100).build()).build()
        .parse(TEXT);
    assertThat(big.diagnostics("input-too-large")).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.message()).isEqualTo("Input has " + TEXT.length() + " characters; only the first 100 were read (limit maxInputChars)");
    });
    assertThat(big.report().applications()).isEmpty();
    assertThat(big.report().title().map(Located::value)).contains("上海市人民政府合作交流办公室 2021 年政府信息公开工作年度报告");

    ParseResult tokens = ReportParser.builder().options(ParserOptions.builder().maxTokens(300).build()).build()
        .parse(TEXT);
    assertThat(tokens.diagnostics("too-many-tokens")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("300"));
    assertThat(tokens.report().reviewsAndLawsuits()).isEmpty();
    assertThat(tokens.report().activeDisclosure()).isPresent();

    ParseResult capped = ReportParser.builder().options(ParserOptions.builder().maxDiagnostics(2).build()).build()
        .parse(TEXT);
    assertThat(capped.diagnostics()).hasSize(3);
    assertThat(capped.diagnostics().get(2).code()).isEqualTo("too-many-diagnostics");
    assertThat(capped.diagnostics().get(2).message()).isEqualTo("4 further diagnostics were dropped (limit 2)");

    ParserOptions trusted = ParserOptions.trusted();
    assertThat(trusted.maxInputChars()).isEqualTo(16 * ParserOptions.DEFAULT_MAX_INPUT_CHARS);
    assertThat(trusted.maxTokens()).isEqualTo(16 * ParserOptions.DEFAULT_MAX_TOKENS);
    assertThat(trusted.maxDiagnostics()).isEqualTo(16 * ParserOptions.DEFAULT_MAX_DIAGNOSTICS);
    assertThat(ParserOptions.defaults().locale()).isEqualTo(Locale.ENGLISH);
    assertThat(ReportParser.builder().options(trusted).build().parse(TEXT).report())
        .isEqualTo(ReportParser.create().parse(TEXT).report());
  }

  @Test
  void emptyAndNullInputsGiveAnEmptyReport() {
    for (CharSequence in : new CharSequence[] {null, "", "\n", "\uFEFF"}) {
      ParseResult r = ReportParser.create().parse(in);
      assertThat(r.report().applications()).isEmpty();
      assertThat(r.report().template()).isEqualTo(TemplateVersion.UNKNOWN);
      assertThat(r.diagnostics()).extracting(Diagnostic::code)
          .containsExactly("section-missing", "section-missing", "section-missing", "section-missing",
              "section-missing", "section-missing", "title-missing", "year-missing", "template-unknown");
      assertThat(r.hasErrors()).isTrue();
    }
    assertThat(ReportParser.create().parse(TEXT).hasErrors()).isTrue();
    assertThat(ReportParser.builder().validate(false).build().parse(TEXT).hasErrors()).isFalse();
  }

  // ---- the seeds ----------------------------------------------------------------------------------

  static ParseResult seed(String name) throws Exception {
    return ReportParser.create().parse(SpanPropertiesTest.resource("seeds/" + name));
  }

  static List<Long> row(ParseResult r, ApplicationRow row) {
    Counts c = r.report().applications().orElseThrow().row(row).orElseThrow();
    return ApplicantColumn.WITH_SUBTOTAL.stream().map(col -> c.value(col).orElse(-1L)).collect(Collectors.toList());
  }

  static List<Long> reviews(ParseResult r) {
    return java.util.Arrays.stream(ReviewGroup.values()).flatMap(g -> java.util.Arrays.stream(OutcomeField.values())
        .map(f -> f.get(g.get(r.report().reviewsAndLawsuits().orElseThrow())).map(Located::value).orElse(-1L)))
        .collect(Collectors.toList());
  }

  static List<String> diagnostics(ParseResult r) {
    return r.diagnostics().stream().map(d -> d.code() + ":" + d.path().orElse("") + "@" + d.line().orElse(0))
        .collect(Collectors.toList());
  }

  @Test
  void seed000() throws Exception {
    ParseResult r = seed("000_f3378982fb2187e4.txt");
    AnnualReport m = r.report();
    assertThat(m.title().map(Located::value)).contains("上海市人民政府合作交流办公室 2021 年 政府信息公开工作年度报告");
    assertThat(m.agency().map(Located::value)).contains("上海市人民政府合作交流办公室");
    assertThat(m.year().map(Located::value)).contains(2021);
    assertThat(m.publishedOn().map(Located::value)).contains(java.time.LocalDate.of(2022, 1, 26));
    assertThat(m.publishedOn().flatMap(Located::span).map(SourceSpan::line)).contains(5);
    assertThat(m.template()).isEqualTo(TemplateVersion.V2021);
    assertThat(m.sections()).extracting(s -> s.number() + s.heading() + "@" + s.line().orElse(0)).containsExactly(
        "1总体情况@7", "2主动公开政府信息情况@23", "3收到和处理政府信息公开申请情况@40", "4政府信息公开行政复议、行政诉讼情况@72",
        "5存在的主要问题及改进情况@79", "6其他需要报告的事项@85");
    assertThat(m.activeDisclosure().orElseThrow().item(DisclosureItem.NORMATIVE_DOCUMENTS).orElseThrow().inForce()
        .map(Located::value)).contains(2L);
    assertThat(m.applications().orElseThrow().rows()).hasSize(25);
    assertThat(row(r, ApplicationRow.NEWLY_RECEIVED)).containsExactly(6L, 0L, 0L, 0L, 0L, 0L, -1L, 6L);
    assertThat(row(r, ApplicationRow.GRANTED)).containsExactly(2L, 0L, 0L, 0L, 0L, 0L, -1L, 2L);
    assertThat(row(r, ApplicationRow.CONFIRMATION_REQUESTED)).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, -1L, 0L);
    assertThat(row(r, ApplicationRow.OTHER)).containsExactly(4L, 0L, 0L, 0L, 0L, 0L, -1L, 4L);
    assertThat(row(r, ApplicationRow.TOTAL_HANDLED)).containsExactly(6L, 0L, 0L, 0L, 0L, 0L, -1L, 6L);
    assertThat(m.applications().get().row(ApplicationRow.OTHER).flatMap(Counts::total).flatMap(Located::span)
        .map(SourceSpan::position)).contains("68:20");
    assertThat(reviews(r)).containsExactly(-1L, -1L, -1L, -1L, -1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    assertThat(diagnostics(r)).containsExactly("blank-cell:reviewsAndLawsuits.administrativeReview@77");
    assertThat(r.diagnostics().get(0).related()).hasSize(5);
  }

  @Test
  void seed001() throws Exception {
    ParseResult r = seed("001_e4ed0c6c37b09e63.txt");
    assertThat(r.report().year().map(Located::value)).contains(2025);
    assertThat(r.report().publishedOn().map(Located::value)).contains(java.time.LocalDate.of(2026, 1, 8));
    assertThat(row(r, ApplicationRow.NEWLY_RECEIVED)).containsExactly(2L, 0L, 0L, 0L, 0L, 0L, -1L, 2L);
    assertThat(row(r, ApplicationRow.NOT_HELD)).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, -1L, 1L);
    assertThat(row(r, ApplicationRow.OTHER)).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L, 1L);
    assertThat(row(r, ApplicationRow.TOTAL_HANDLED)).containsExactly(2L, 0L, 0L, 0L, 0L, 0L, 0L, 2L);
    assertThat(row(r, ApplicationRow.CARRIED_FORWARD)).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, -1L, 0L);
    assertThat(r.report().applications().get().subtotalColumn()).isFalse();
    assertThat(reviews(r)).containsOnly(0L).hasSize(15);
    assertThat(diagnostics(r)).containsExactly(
        "label-variant:applications.withheld.prohibitedByLaw@47",
        "row-subtotal-cell:applications.notProcessed.complaintOrPetition@58",
        "row-subtotal-cell:applications.notProcessed.repeated@59",
        "row-subtotal-cell:applications.notProcessed.publicationRequested@60",
        "row-subtotal-cell:applications.notProcessed.excessive@61",
        "row-subtotal-cell:applications.notProcessed.confirmationRequested@62",
        "row-subtotal-cell:applications.otherHandling.noAmendmentInTime@63",
        "row-subtotal-cell:applications.otherHandling.feeUnpaid@64",
        "row-subtotal-cell:applications.otherHandling.other@65",
        "row-subtotal-cell:applications.totalHandled@66",
        "row-missing-cells:applications.carriedForward@67",
        "value-recovered:applications.carriedForward@67",
        "row-missing-cells:reviewsAndLawsuits@75",
        "value-recovered:reviewsAndLawsuits.administrativeReview@75");
    assertThat(r.diagnostics("value-recovered").get(0).message()).isEqualTo("Row \"四、结转下年度继续办理\": 自然人=0, 商业企业=0, "
        + "科研机构=0, 社会公益组织=0, 法律服务机构=0, 其他=0, 总计=0 determined by the template's sums (A1)");
  }

  @Test
  void seed002() throws Exception {
    ParseResult r = seed("002_0830209d30ef71dd.txt");
    assertThat(r.report().title().map(Located::value)).contains("2022 年政府信息公开工作年度报告 上海市人民政府外事办公室");
    assertThat(r.report().agency().map(Located::value)).contains("上海市人民政府外事办公室");
    assertThat(r.report().publishedOn()).isEmpty();
    assertThat(r.report().applications().get().rows()).hasSize(23).containsKey(ApplicationRow.OTHER_HANDLING_SUBTOTAL)
        .doesNotContainKey(ApplicationRow.OTHER);
    assertThat(row(r, ApplicationRow.OTHER_HANDLING_SUBTOTAL)).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L, 1L);
    assertThat(row(r, ApplicationRow.TOTAL_HANDLED)).containsExactly(3L, 0L, 0L, 0L, 0L, 0L, 0L, 3L);
    assertThat(row(r, ApplicationRow.NOT_HELD)).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, -1L, 1L);
    assertThat(reviews(r)).containsOnly(0L).hasSize(15);
    assertThat(diagnostics(r)).containsExactly(
        "row-subtotal-cell:applications.otherHandling.subtotal@79",
        "template-conformance:applications.otherHandling.subtotal@79",
        "row-subtotal-cell:applications.totalHandled@80",
        "row-extra-cells:reviewsAndLawsuits@88");
  }

  @Test
  void seed003() throws Exception {
    ParseResult r = seed("003_8030f6624176119d.txt");
    assertThat(r.report().applications().get().rows()).hasSize(12).doesNotContainKey(ApplicationRow.NOT_HELD);
    assertThat(row(r, ApplicationRow.GRANTED)).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, -1L, 1L);
    assertThat(r.report().reviewsAndLawsuits()).isEmpty();
    assertThat(r.report().section(4)).isEmpty();
    assertThat(r.diagnostics("row-missing")).hasSize(13).allMatch(d -> d.line().equals(Optional.of(46)));
    assertThat(r.diagnostics("section-missing")).singleElement()
        .satisfies(d -> assertThat(d.line()).contains(48));
    assertThat(r.diagnostics("template-conformance")).singleElement()
        .satisfies(d -> assertThat(d.line()).contains(18));
  }

  @Test
  void seed004() throws Exception {
    ParseResult r = seed("004_a6ccf7e65f232cee.txt");
    assertThat(row(r, ApplicationRow.NEWLY_RECEIVED)).containsExactly(71L, 3L, 0L, 0L, 0L, 0L, -1L, 74L);
    assertThat(row(r, ApplicationRow.NOT_HELD)).containsExactly(37L, 1L, 0L, 0L, 0L, 0L, -1L, 38L);
    assertThat(row(r, ApplicationRow.TOTAL_HANDLED)).containsExactly(77L, 3L, 0L, 0L, 0L, 0L, -1L, 80L);
    assertThat(row(r, ApplicationRow.CARRIED_FORWARD)).containsExactly(5L, 0L, 0L, 0L, 0L, 0L, -1L, 5L);
    assertThat(reviews(r)).containsExactly(10L, 0L, 0L, 1L, 11L, 0L, 0L, 0L, 0L, 0L, 4L, 0L, 0L, 0L, 4L);
    assertThat(r.report().activeDisclosure().get().item(DisclosureItem.LICENSING).flatMap(x -> x.decisions())
        .map(Located::value)).contains(53L);
    assertThat(r.report().activeDisclosure().get().item(DisclosureItem.COMPULSION).flatMap(x -> x.decisions())
        .map(Located::value)).contains(2L);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.report().reviewsAndLawsuits().get().group(ReviewGroup.ADMINISTRATIVE_REVIEW))
        .extracting(Outcome::total).isEqualTo(Optional.of(Located.of(11L)));
  }
}
