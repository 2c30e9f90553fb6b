package io.github.ogireport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * HTML and flattened text built from the pieces real reports are made of parse without throwing,
 * and every position stays inside the input (for HTML: inside the HTML source).
 */
class RenderingPropertyTest {

  private static final ReportParser PARSER = ReportParser.create();

  private static final String[] HTML = {"<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<td colspan=\"3\">",
      "<td rowspan=\"2\">", "<td rowspan=\"0\" colspan=\"9999\">", "&nbsp;", "&lt;", "&#x4E00;", "<br/>", "<p>", "</p>",
      "12", "0", "一、本年新收政府信息公开申请数量", "（七）总计", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
      "规章", "\n", " ", "\r\n", "<b>", "<!-- x -->", "<script>1</script>"};

  private static final String[] FLAT = {"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "一、本年新收政府信息公开申请数量",
      "二、上年结转政府信息公开申请数量", "三、本年度办理结果", "（一）予以公开", "（七）总计", "四、结转下年度继续办理", "2.重复申请",
      "第二十条第（五）项", "信息内容", "本年增/减", "行政处罚", "行政许可", "0000000", "230 000023", "7", "12", "-", ".",
      "元", " ", "2648-18538", "结果维持总计", "000000000000000", "报告正文说明文字，共有若干内容。"};

  private static Gen<String> of(String[] tokens, int max) {
    Gen<String> token = integers().between(0, tokens.length - 1).map(i -> tokens[i]);
    return lists().of(token).ofSizeBetween(0, max).map(l -> String.join("", l));
  }

  private static void positionsInside(String input, ParseResult r) {
    assertThat(r.diagnostics()).noneMatch(d -> d.code().equals("internal-error"));
    List<SourceSpan> spans = new ArrayList<>();
    r.diagnostics().forEach(d -> d.span().ifPresent(spans::add));
    r.report().applications().ifPresent(a -> {
      for (Counts c : a.rows().values()) {
        for (ApplicantColumn col : ApplicantColumn.STANDARD) {
          col.get(c).flatMap(Located::span).ifPresent(spans::add);
        }
      }
    });
    r.report().title().flatMap(Located::span).ifPresent(spans::add);
    for (SourceSpan s : spans) {
      assertThat(s.offset()).isBetween(0, input.length());
      assertThat(s.endOffset()).isBetween(s.offset(), input.length());
    }
  }

  @Test
  void htmlParsesWithPositionsInsideTheSource() {
    qt().withExamples(400).forAll(of(HTML, 60)).checkAssert(body -> {
      String html = "<p>某机关2021年政府信息公开工作年度报告</p>" + body;
      positionsInside(html, PARSER.parse(html));
    });
  }

  @Test
  void flattenedTextParsesWithPositionsInsideTheInput() {
    qt().withExamples(400).forAll(of(FLAT, 80)).checkAssert(body -> {
      String text = "某机关2021年政府信息公开工作年度报告 " + body;
      positionsInside(text, PARSER.parse(text));
    });
  }
}
