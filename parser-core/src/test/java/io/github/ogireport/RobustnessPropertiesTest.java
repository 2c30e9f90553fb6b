package io.github.ogireport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.testing.ReportGenerators;
import io.github.ogireport.testing.RoundTrip;
import io.github.ogireport.testing.TextNoise;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Whatever the input, parse returns (no exception, no internal error); line ends and trailing
 * whitespace do not change the model; one parser shared by 8 threads answers as it does alone.
 */
class RobustnessPropertiesTest {

  private static final ReportParser PARSER = ReportParser.create();
  private static ExecutorService pool;

  /** Pieces of reports: labels, numerals, separators, numbers, Markdown, line ends, odd characters. */
  private static final List<String> FRAGMENTS = List.of(
      "一、", "二、", "三、", "四、", "五、", "六、", "七、", "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
      "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项", "本年度办理结果",
      "本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "结转下年度继续办理", "(一)", "（三）", "(六)", "(七)",
      "予以公开", "不予公开", "无法提供", "不予处理", "其他处理", "总计", "小计", "合计", "其他", "1.", "2、", "3.",
      "属于国家秘密", "自然人", "商业企业", "法人或其他组织", "勾稽", "第二十条第（一）项", "第二十条第(九)项", "信息内容",
      "本年制发件数", "本年新制作数量", "本年增/减", "采购总金额", "本年收费金额（单位：万元）", "规章", "规范性文件",
      "行政许可", "行政事业性收费", "政府集中采购", "行政复议", "结果维持", "尚未审结", "历年累计", "统计表",
      "2021 年", "2019年", "政府信息公开工作年度报告", "(2022 年 1 月 26 日)", "(2022 年 2 月 30 日)",
      "\t", "\t\t", "|", " | ", "||", "\n", "\r\n", "\r", "\f", "\n\n", "#", "## ", "**", " ", "\u3000", "\u00A0",
      "\uFEFF", "\u200B", "0", "1", "7", "12", "-3", "251000元", "96171.6", "1,234", "/", "—", "-", "- 4 -",
      "99999999999999999999", "1234567890123456789012345678901234", "０", "（", "）", "\uD83D\uDE00", "\uD800", "\uDC00");

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(8);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  static Gen<String> reportLikeText() {
    return SourceDSL.lists().of(Generate.pick(FRAGMENTS)).ofSizeBetween(0, 120).map(l -> String.join("", l));
  }

  static Gen<String> anyText() {
    return Generate.oneOf(
        SourceDSL.strings().allPossible().ofLengthBetween(0, 300),
        SourceDSL.strings().betweenCodePoints(0, 0x3100).ofLengthBetween(0, 300),
        reportLikeText());
  }

  @Test
  void anyTextParsesWithoutFailure() {
    qt().forAll(anyText()).checkAssert(text -> {
      ParseResult r = PARSER.parse(text);
      assertThat(r).isNotNull();
      assertThat(r.diagnostics()).as("no internal error or failing rule")
          .noneMatch(d -> d.code().equals("internal-error") || d.code().equals("rule-failed"));
      Spans.assertAllInside(r, text);
    });
  }

  @Test
  void damagedReportsParseWithoutFailure() {
    qt().forAll(ReportGenerators.consistentReports(), RoundTripPropertiesTest.layouts(), Damage.some())
        .checkAssert((m, writer, damage) -> {
          ParseResult r = PARSER.parse(Damage.applyAll(damage, writer.write(m)));
          assertThat(r.diagnostics()).noneMatch(d -> d.code().equals("internal-error") || d.code().equals("rule-failed"));
        });
  }

  @Test
  void lineEndsAndTrailingSpacesLeaveTheModelUnchanged() {
    Gen<TextNoise> endings = TextNoise.any(EnumSet.of(TextNoise.Kind.CRLF, TextNoise.Kind.CR, TextNoise.Kind.TRAILING_SPACES));
    qt().forAll(ReportGenerators.consistentReports(), RoundTripPropertiesTest.layouts(), endings)
        .checkAssert((m, writer, noise) -> {
          String text = writer.write(m);
          AnnualReport plain = PARSER.parse(text).report();
          AnnualReport noisy = PARSER.parse(noise.apply(text)).report();
          assertThat(RoundTrip.comparable(noisy)).as("%s", noise).isEqualTo(RoundTrip.comparable(plain));
          assertThat(noisy.sections()).extracting(s -> s.text().replaceAll("[ \u3000]+(\n|$)", "$1"))
              .as("section text, %s", noise)
              .containsExactlyElementsOf(plain.sections().stream().map(s -> s.text()).collect(java.util.stream.Collectors.toList()));
        });
  }

  @Test
  void lineEndsOfAnyTextLeaveTheModelUnchanged() {
    qt().forAll(reportLikeText(), Generate.pick(List.of("\r\n", "\r"))).checkAssert((text, end) -> {
      String lf = text.replace("\r\n", "\n").replace('\r', '\n');
      AnnualReport plain = PARSER.parse(lf).report();
      AnnualReport other = PARSER.parse(lf.replace("\n", end)).report();
      assertThat(other).isEqualTo(plain);
    });
  }

  @Test
  void oneParserInEightThreadsAnswersAsAlone() {
    ReportJson json = ReportJson.builder().positions(true).build();
    // A batch: two rendered reports, one damaged, five report-like texts; each thread parses one.
    Gen<String> report = ReportGenerators.consistentReports().zip(RoundTripPropertiesTest.layouts(), (m, w) -> w.write(m));
    Gen<List<String>> batches = report.zip(report, Damage.some(), SourceDSL.lists().of(reportLikeText()).ofSize(5),
        (a, b, damage, rest) -> {
          List<String> all = new ArrayList<>(List.of(a, Damage.applyAll(damage, b)));
          all.addAll(rest);
          all.add(0, a);
          return all;
        });
    qt().forAll(batches).checkAssert(texts -> {
      List<String> alone = new ArrayList<>();
      for (String t : texts) {
        alone.add(json.write(PARSER.parse(t), "in"));
      }
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        String t = texts.get((i * 3) % texts.size());
        Callable<String> task = () -> json.write(PARSER.parse(t), "in");
        futures.add(pool.submit(task));
      }
      for (int i = 0; i < futures.size(); i++) {
        try {
          assertThat(futures.get(i).get()).isEqualTo(alone.get((i * 3) % texts.size()));
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      }
    });
  }
}
