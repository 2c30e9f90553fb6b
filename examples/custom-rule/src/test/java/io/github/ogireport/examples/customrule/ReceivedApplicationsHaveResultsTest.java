package io.github.ogireport.examples.customrule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.ParseResult;
import io.github.ogireport.ReportParser;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The custom rule, registered both ways. The fixture received 3 applications and carried all 3
 * forward: 一 + 二 = （七）+ 四 holds (3 + 0 = 0 + 3), so no built-in rule objects; the custom one does.
 */
class ReceivedApplicationsHaveResultsTest {

  private static final String REPORT = resource("received-but-no-results.txt");

  @Test
  void registeredThroughTheBuilder() {
    ReportParser parser = ReportParser.builder().addRule(new ReceivedApplicationsHaveResults()).build();

    ParseResult result = parser.parse(REPORT);

    assertThat(result.diagnostics(ReceivedApplicationsHaveResults.ID)).singleElement().satisfies(this::atTotalHandled);
    assertThat(result.hasErrors()).isFalse();
  }

  @Test
  void discoveredThroughServiceLoader() {
    ReportParser parser = ReportParser.builder().discoverRules().build();

    ParseResult result = parser.parse(REPORT);

    assertThat(parser.rules()).hasAtLeastOneElementOfType(ReceivedApplicationsHaveResults.class);
    assertThat(result.diagnostics(ReceivedApplicationsHaveResults.ID)).singleElement().satisfies(this::atTotalHandled);
  }

  @Test
  void notRunUnlessRegistered() {
    assertThat(ReportParser.create().parse(REPORT).diagnostics(ReceivedApplicationsHaveResults.ID)).isEmpty();
  }

  @Test
  void reGradedAndInChinese() {
    ReportParser parser = ReportParser.builder().locale(Locale.CHINESE).discoverRules()
        .severity(ReceivedApplicationsHaveResults.ID, Severity.ERROR).build();

    ParseResult result = parser.parse(REPORT);

    assertThat(result.diagnostics(ReceivedApplicationsHaveResults.ID)).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.message()).isEqualTo("本年新收申请 3 件，而（七）总计为 0：没有答复任何申请");
    });
    assertThat(result.hasErrors()).isTrue();
  }

  @Test
  void quietWhenResultsWereReported() {
    String answered = REPORT
        .replace("(一) 予以公开\t0\t0\t0\t0\t0\t0\t0", "(一) 予以公开\t3\t0\t0\t0\t0\t0\t3")
        .replace("(七) 总计\t\t0\t0\t0\t0\t0\t0\t0", "(七) 总计\t\t3\t0\t0\t0\t0\t0\t3")
        .replace("四、结转下年度继续办理\t\t3\t0\t0\t0\t0\t0\t3", "四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0");
    assertThat(answered).isNotEqualTo(REPORT);

    ParseResult result = ReportParser.builder().discoverRules().build().parse(answered);

    assertThat(result.diagnostics(ReceivedApplicationsHaveResults.ID)).isEmpty();
    assertThat(result.hasErrors()).isFalse();
  }

  private void atTotalHandled(Diagnostic d) {
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.message()).isEqualTo("3 applications received (一), but （七）总计 is 0: none was answered");
    assertThat(d.path()).hasValue("applications.totalHandled.total");
    assertThat(d.line()).hasValue(52);
    assertThat(d.related()).singleElement().satisfies(s -> assertThat(s.line()).isEqualTo(29));
  }

  private static String resource(String name) {
    try (InputStream in = ReceivedApplicationsHaveResultsTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
