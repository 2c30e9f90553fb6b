package io.github.ogireport.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.Fixtures;
import io.github.ogireport.ParseResult;
import io.github.ogireport.ReportParser;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The rule API: the built-in list, the builder's add / disable / re-grade, the safety net, messages. */
class RuleApiTest {

  private static final String PLANTED = Fixtures.replace(Fixtures.seed("004"), 95, "\t11\t", "\t12\t");

  @Test
  void builtInRulesInTheirDocumentedOrder() {
    assertThat(BuiltInRules.all()).extracting(Rule::id).containsExactly(
        "section-missing", "table-missing", "row-missing", "section-order", "template-conformance",
        "year-consistency", "value-domain", "applications-row-total", "applications-row-subtotal",
        "applications-balance", "applications-results-total", "reviews-group-total", "prose-consistency");
    assertThat(BuiltInRules.all()).extracting(Rule::defaultSeverity).containsExactly(
        Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.WARNING, Severity.INFO, Severity.WARNING,
        Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.ERROR,
        Severity.WARNING);
    assertThat(BuiltInRules.all()).allSatisfy(r -> {
      assertThat(r.id()).matches("[a-z]+(-[a-z]+)*");
      assertThat(r.description()).isNotBlank().doesNotContain("\n");
      assertThat(r.getClass()).isPublic().isFinal();
    });
  }

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    Properties en = bundle("messages.properties");
    Properties zh = bundle("messages_zh.properties");

    assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    for (Rule r : BuiltInRules.all()) {
      assertThat(en.stringPropertyNames()).as(r.id()).anyMatch(k -> k.equals(r.id()) || k.startsWith(r.id() + "."));
    }
  }

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = RuleApiTest.class.getResourceAsStream("/io/github/ogireport/internal/diag/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void aRuleCanBeDisabledOrRegraded() {
    ParseResult disabled = ReportParser.builder().disableRule("reviews-group-total").build().parse(PLANTED);
    ParseResult regraded = ReportParser.builder().severity("reviews-group-total", Severity.WARNING).build()
        .parse(PLANTED);

    assertThat(ReportParser.create().parse(PLANTED).hasErrors()).isTrue();
    assertThat(disabled.diagnostics("reviews-group-total")).isEmpty();
    assertThat(disabled.hasErrors()).isFalse();
    assertThat(regraded.diagnostics("reviews-group-total")).extracting(Diagnostic::severity)
        .containsExactly(Severity.WARNING);
    assertThat(regraded.hasErrors()).isFalse();
  }

  @Test
  void aFailingRuleIsReportedAndTheOthersStillRun() {
    Rule failing = new Rule() {
      @Override public String id() {
        return "always-fails";
      }

      @Override public Severity defaultSeverity() {
        return Severity.WARNING;
      }

      @Override public String description() {
        return "reports once, then throws";
      }

      @Override public void check(AnnualReport report, RuleContext context) {
        context.report(Finding.builder().message("first").build());
        throw new IllegalStateException("boom");
      }
    };

    ParseResult result = ReportParser.builder().addRule(failing).build().parse(PLANTED);

    assertThat(result.diagnostics("always-fails")).extracting(Diagnostic::message).containsExactly("first");
    assertThat(result.diagnostics("rule-failed")).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.message()).startsWith("Rule always-fails failed (IllegalStateException: boom at ").endsWith("); its findings may be incomplete");
    });
    assertThat(result.diagnostics("reviews-group-total")).hasSize(1);
  }

  @Test
  void theContextGivesTheInputAndExactSpans() {
    String text = Fixtures.seed("004");
    AtomicReference<Located<Integer>> year = new AtomicReference<>();
    List<SourceSpan> spans = new ArrayList<>();
    Rule probe = new Rule() {
      @Override public String id() {
        return "probe";
      }

      @Override public Severity defaultSeverity() {
        return Severity.INFO;
      }

      @Override public String description() {
        return "looks at the context";
      }

      @Override public void check(AnnualReport report, RuleContext context) {
        year.set(report.year().orElseThrow());
        int at = context.input().orElseThrow().toString().indexOf("2021 年政府信息公开");
        context.span(at, at + 4).ifPresent(spans::add);
      }
    };

    ReportParser.builder().withoutBuiltInRules().addRule(probe).build().parse(text);

    assertThat(spans).containsExactly(year.get().span().orElseThrow());
    assertThat(new RecordingContext().input()).isEmpty();
    assertThat(new RecordingContext().span(0, 1)).isEmpty();
  }

  @Test
  void diagnosticsComeOutInTheSameOrderEveryTime() {
    ReportParser parser = ReportParser.create();
    String text = Fixtures.replace(Fixtures.seed("004"), 66, "\t22\t", "\t21\t");

    assertThat(parser.parse(text).diagnostics()).isEqualTo(parser.parse(text).diagnostics());
    assertThat(parser.parse(text).diagnostics()).extracting(Diagnostic::code)
        .containsExactly("applications-row-total", "applications-results-total");
  }
}
