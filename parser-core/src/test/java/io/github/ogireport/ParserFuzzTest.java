package io.github.ogireport;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of {@link ReportParser#parse} (Jazzer): whatever the text, a result comes
 * back and {@link FuzzInvariants} hold.
 *
 * <p>In the normal build this replays the inputs committed under
 * {@code src/test/resources/io/github/ogireport/ParserFuzzTestInputs/parseNeverThrows/} (the five
 * seeds and past findings) in seconds. To fuzz, from the worktree root:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -ntp test -pl parser-core -am -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=ParserFuzzTest -Djazzer.max_duration=1h
 * </pre>
 *
 * A finding is written next to the committed inputs as {@code crash-<sha1>}: keep it there once fixed,
 * as a regression input.
 */
class ParserFuzzTest {

  private static final ReportParser PARSER = ReportParser.create();

  // libFuzzer dictionary syntax: control and invisible characters as \\xNN escapes of their UTF-8 bytes
  @DictionaryEntries({
    "\\x09", "|", "\\x0A", "\\x0D\\x0A", "一、", "二、", "三、", "四、", "五、", "六、", "（一）", "（三）", "（六）", "1.", "2.",
    "##", "**", "/", "—", "\\xEF\\xBB\\xBF", "\\xE2\\x80\\x8B", "万元", "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
    "本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "本年度办理结果", "予以公开", "不予公开", "总计",
    "自然人", "法人或其他组织", "小计", "行政复议", "行政诉讼", "维持", "纠正", "尚未审结", "规章", "行政规范性文件",
    "信息内容", "本年制发件数", "政府信息公开工作年度报告", "2021年", "统计表", "历年累计", "99999999999999999999"
  })
  @FuzzTest(maxDuration = "2m")
  void parseNeverThrows(byte[] data) {
    String text = FuzzInvariants.decode(data);
    FuzzInvariants.check(text, PARSER.parse(text));
  }
}
