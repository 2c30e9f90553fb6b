package io.github.ogireport.internal.translate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ogireport.FuzzInvariants;
import io.github.ogireport.ParseResult;
import io.github.ogireport.ParserOptions;
import io.github.ogireport.internal.antlr.GrammarFrontEnd;
import io.github.ogireport.internal.diag.DiagnosticSink;
import io.github.ogireport.internal.diag.Messages;
import io.github.ogireport.internal.text.SourceText;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicationRow;
import java.util.Locale;

/**
 * Coverage-guided fuzzing of table reconstruction (Jazzer): the rows of section 三's applications table
 * ({@link ApplicationsTableBuilder}: label identification, cell alignment, recovery by the template's
 * sums) and section 四's review cells ({@link ReviewsTranslator}) are built from fuzzed labels and
 * cells inside a fixed report skeleton, and translated without the exception net of the parser, so a
 * finding shows its full stack trace. {@link FuzzInvariants} must hold.
 *
 * <p>The normal build replays {@code TableReconstructionFuzzTestInputs/tablesNeverThrow/}. To fuzz:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -ntp test -pl parser-core -am -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=TableReconstructionFuzzTest -Djazzer.max_duration=1h
 * </pre>
 */
class TableReconstructionFuzzTest {

  private static final String[] PREFIXES = {
    "", "一、", "二、", "三、", "四、", "（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "1.", "2.", "3.",
    "4.", "5.", "6.", "1、", "(1)", "**"
  };
  private static final String[] EXTRA_LABELS = {
    "本年度办理结果", "不予公开", "无法提供", "不予处理", "其他处理", "申请人情况", "自然人", "法人或其他组织", "商业企业",
    "科研机构", "社会公益组织", "法律服务机构", "其他", "小计", "总计", "合计", "行政复议", "行政诉讼", "未经复议直接起诉",
    "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结", "勾稽关系", "部分公开", "法律法规禁止公开"
  };
  private static final String[] CELLS = {
    "", "0", "1", "2", "/", "—", "-", "无", "1.5", "1,000", "3万元", "-1", "9223372036854775807",
    "9223372036854775808", "99999999999999999999999999999", "0.0", "５", "1 2", " "
  };

  private static final String HEAD = "某某区人民政府2021年政府信息公开工作年度报告\n（2022年1月20日）\n一、总体情况\n本年度工作。\n"
      + "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t1\n";

  @FuzzTest(maxDuration = "2m")
  void tablesNeverThrow(FuzzedDataProvider data) {
    char sep = data.consumeBoolean() ? '\t' : '|';
    StringBuilder sb = new StringBuilder(HEAD);
    sb.append("三、收到和处理政府信息公开申请情况\n");
    int rows = data.consumeInt(0, 40);
    for (int r = 0; r < rows; r++) {
      row(data, sb, sep, true);
    }
    sb.append("四、政府信息公开行政复议、行政诉讼情况\n");
    int reviewRows = data.consumeInt(0, 4);
    for (int r = 0; r < reviewRows; r++) {
      row(data, sb, sep, false);
    }
    sb.append("五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n");
    String text = sb.toString();

    SourceText source = SourceText.of(text, ParserOptions.DEFAULT_MAX_LINE_CHARS);
    GrammarFrontEnd.Result parsed = GrammarFrontEnd.parse(source, ParserOptions.DEFAULT_MAX_TOKENS,
        ParserOptions.DEFAULT_MAX_TABLE_ROWS, ParserOptions.DEFAULT_MAX_NUMBER_DIGITS);
    DiagnosticSink sink = new DiagnosticSink(Messages.of(Locale.ENGLISH), ParserOptions.DEFAULT_MAX_DIAGNOSTICS);
    AnnualReport report = ReportTranslator.translate(source, parsed.document, sink);
    FuzzInvariants.check(text, ParseResult.builder().report(report).diagnostics(sink.sorted()).build());
  }

  /** One fuzzed row: an optional label (standard, variant or fuzzed) and 0–18 fuzzed cells. */
  private static void row(FuzzedDataProvider data, StringBuilder sb, char sep, boolean labelled) {
    boolean pipes = sep == '|';
    if (pipes) {
      sb.append('|');
    }
    if (labelled || data.consumeBoolean()) {
      int kind = data.consumeInt(0, 3);
      String label;
      if (kind == 0) {
        ApplicationRow[] all = ApplicationRow.values();
        label = data.pickValue(PREFIXES) + all[data.consumeInt(0, all.length - 1)].label();
      } else if (kind == 1) {
        label = data.pickValue(PREFIXES) + data.pickValue(EXTRA_LABELS);
      } else if (kind == 2) {
        label = data.pickValue(PREFIXES) + data.consumeString(12);
      } else {
        label = "";
      }
      sb.append(label);
      if (data.consumeBoolean()) {
        sb.append(sep).append(data.pickValue(EXTRA_LABELS)); // a second label cell (merged columns)
      }
    }
    int cells = data.consumeInt(0, 18);
    for (int c = 0; c < cells; c++) {
      sb.append(sep);
      int kind = data.consumeInt(0, 3);
      if (kind == 0) {
        sb.append(data.consumeInt(0, 30));
      } else if (kind == 1) {
        sb.append(data.pickValue(CELLS));
      } else if (kind == 2) {
        sb.append(data.consumeLong());
      } else {
        sb.append(data.consumeString(6));
      }
    }
    if (pipes) {
      sb.append('|');
    }
    sb.append(data.consumeBoolean() ? "\n" : "\r\n");
  }
}
