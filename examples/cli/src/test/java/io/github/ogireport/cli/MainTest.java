package io.github.ogireport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.ParserOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line in-process on the seeds and checks what it prints and its exit code. */
class MainTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Path SEED_000 = resource("/seeds/000_f3378982fb2187e4.txt");
  private static final Path SEED_003 = resource("/seeds/003_8030f6624176119d.txt");

  @TempDir
  Path tmp;

  /** Exit code, stdout and stderr of one run. */
  private record Run(int exit, String out, String err) {
    List<String> lines() {
      return out.lines().collect(Collectors.toList());
    }

    JsonNode json() {
      return read(out);
    }
  }

  private static Run run(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.commandLine(new ByteArrayInputStream(stdin))
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static Run run(String... args) {
    return run(new byte[0], args);
  }

  @Test
  void parseOneFilePrintsPrettyJsonOfTheReport() {
    Run r = run("parse", SEED_000.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("{\n").contains("\n  \"year\" : 2021");
    JsonNode json = r.json();
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.get("source").asText()).isEqualTo(SEED_000.toString());
    assertThat(json.get("year").asInt()).isEqualTo(2021);
    assertThat(json.get("agency").asText()).isEqualTo("上海市人民政府合作交流办公室");
    assertThat(json.at("/applications/newlyReceived/total").asLong()).isEqualTo(6);
    assertThat(json.at("/reviewsAndLawsuits/administrativeReview/upheld").isNull()).isTrue();
    assertThat(json.has("positions")).isFalse();
  }

  @Test
  void positionsGiveTheLineAndColumnOfEachValue() {
    JsonNode json = run("parse", "--positions", SEED_000.toString()).json();

    JsonNode total = json.get("positions").get("applications.newlyReceived.total");
    assertThat(total.get("line").asInt()).isEqualTo(45);
    assertThat(total.get("column").asInt()).isEqualTo(31);
  }

  @Test
  void severalFilesGiveOneCompactLineEachInTheirOrder() {
    Run r = run("parse", SEED_003.toString(), SEED_000.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.lines()).hasSize(2);
    assertThat(read(r.lines().get(0)).get("source").asText()).isEqualTo(SEED_003.toString());
    assertThat(read(r.lines().get(0)).get("reviewsAndLawsuits").isNull()).isTrue();
    assertThat(read(r.lines().get(1)).get("source").asText()).isEqualTo(SEED_000.toString());
    assertThat(read(r.lines().get(1)).at("/applications/newlyReceived/total").asLong()).isEqualTo(6);
  }

  @Test
  void manyFilesOnSeveralThreadsKeepTheInputOrder() {
    List<String> args = new ArrayList<>(List.of("parse", "--format", "jsonl", "--threads", "3"));
    List<String> files = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      files.add((i % 3 == 0 ? SEED_003 : SEED_000).toString());
    }
    args.addAll(files);

    Run r = run(args.toArray(String[]::new));

    assertThat(r.exit()).isZero();
    assertThat(r.lines()).hasSize(60);
    assertThat(r.lines().stream().map(l -> read(l).get("source").asText())).containsExactlyElementsOf(files);
    assertThat(r.lines().stream().map(l -> read(l).get("agency").asText()).distinct()).hasSize(2);
  }

  @Test
  void formatJsonWithSeveralFilesIsAUsageError() {
    Run r = run("parse", "--format", "json", SEED_000.toString(), SEED_003.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--format json prints exactly one FILE");
  }

  @Test
  void dashReadsStdinAndItsSourceIsNull() throws IOException {
    Run r = run(Files.readAllBytes(SEED_000), "parse", "-");

    assertThat(r.exit()).isZero();
    JsonNode json = r.json();
    assertThat(json.get("source").isNull()).isTrue();
    assertThat(json.get("year").asInt()).isEqualTo(2021);
  }

  @Test
  void stdinCanBeReadOnlyOnce() {
    Run r = run("parse", "-", "-");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("- (stdin) can be read only once");
  }

  @Test
  void anUnreadableFileGivesAnErrorLineAndExit2AndTheOthersAreStillRead() {
    String missing = tmp.resolve("missing.txt").toString();
    String directory = tmp.toString();

    Run r = run("parse", "--format", "jsonl", missing, SEED_000.toString(), directory);

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.lines()).hasSize(3);
    JsonNode first = read(r.lines().get(0));
    assertThat(first.get("source").asText()).isEqualTo(missing);
    assertThat(first.get("diagnostics")).hasSize(1);
    assertThat(first.at("/diagnostics/0/severity").asText()).isEqualTo("error");
    assertThat(first.at("/diagnostics/0/code").asText()).isEqualTo("file-unreadable");
    assertThat(first.at("/diagnostics/0/message").asText()).isEqualTo("No such file");
    assertThat(read(r.lines().get(1)).get("year").asInt()).isEqualTo(2021);
    JsonNode third = read(r.lines().get(2));
    assertThat(third.at("/diagnostics/0/code").asText()).isEqualTo("file-unreadable");
    assertThat(third.at("/diagnostics/0/message").asText()).isEqualTo("Is a directory, not a file");
  }

  @Test
  void inputPastTheLimitIsNotReadAndTheParserSaysSo() {
    int limit = ParserOptions.DEFAULT_MAX_INPUT_CHARS;
    byte[] oneOver = "政\n".repeat(limit / 2).concat("x").getBytes(StandardCharsets.UTF_8); // limit + 1 chars
    byte[] twoOver = "政\n".repeat(limit / 2 + 1).getBytes(StandardCharsets.UTF_8); // limit + 2 chars

    // limit + 1 chars are all read: the parser counts them exactly
    assertThat(tooLarge(run(oneOver, "validate", "-")))
        .isEqualTo("<stdin>: error: input-too-large: Input has 4194305 characters; only the first 4194304 were read"
            + " (limit maxInputChars)");
    // past that the reading stops, and the count is a lower bound
    assertThat(tooLarge(run(twoOver, "validate", "-")))
        .isEqualTo("<stdin>: error: input-too-large: Input has more than 4194304 characters; only the first"
            + " 4194304 were read (limit maxInputChars)");
    assertThat(tooLarge(run(twoOver, "validate", "--locale", "zh", "-")))
        .isEqualTo("<stdin>: error: input-too-large: 输入超过 4194304 个字符，只读取了前 4194304 个（上限 maxInputChars）");
    assertThat(tooLarge(run(Arrays.copyOf(twoOver, twoOver.length - 4), "validate", "-"))).isNull(); // limit chars
  }

  /** The one {@code input-too-large} line of a {@code validate} run, null if none. */
  private static String tooLarge(Run r) {
    List<String> lines = r.lines().stream().filter(l -> l.contains("input-too-large")).collect(Collectors.toList());
    assertThat(lines).hasSizeLessThanOrEqualTo(1);
    return lines.isEmpty() ? null : lines.get(0);
  }

  @Test
  void aFileWithoutReadPermissionIsUnreadable() throws IOException {
    Path locked = Files.copy(SEED_000, tmp.resolve("locked.txt"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(locked), "the user can read any file (root)");

    Run r = run("validate", locked.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEqualTo(locked + ": error: file-unreadable: Permission denied\n");
  }

  @Test
  void validatePrintsOneLinePerDiagnosticAndExits1OnErrors() {
    Run r = run("validate", SEED_003.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.lines()).contains(SEED_003
        + ":48:1: error: section-missing: Section 四、政府信息公开行政复议、行政诉讼情况 is missing");
    assertThat(r.lines()).anySatisfy(l -> assertThat(l).startsWith(SEED_003 + ":46:11: error: row-missing: "));
    assertThat(r.lines()).allSatisfy(l -> assertThat(l).matches(
        "\\Q" + SEED_003 + "\\E:\\d+:\\d+: (error|warning|info): [a-z-]+: .+"));
  }

  @Test
  void validateOfAReportWithoutErrorsExits0() {
    Run r = run("validate", SEED_000.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.lines()).containsExactly(SEED_000 + ":77:1: warning: blank-cell: Row \"行政复议\": cells "
        + "结果维持, 结果纠正, 其他结果, 尚未审结, 总计 are blank; left absent (not read as 0)");
  }

  @Test
  void validateSeriesChecksCarryOverAcrossYears(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    String y2021 = Files.readString(SEED_000);
    // the same agency's next year: 二、上年结转 should be 2021's 四、结转下年度继续办理 (all 0) but says 1
    String y2022 = y2021.replace("2021 年 政府信息公开工作年度报告", "2022 年 政府信息公开工作年度报告")
        .replace("( 2022 年 1 月 26 日 )", "( 2023 年 1 月 20 日 )")
        .replace("二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0", "二、上年结转政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1");
    assertThat(y2022).contains("\t\t1\t0\t0\t0\t0\t0\t1");
    Path a = dir.resolve("2021.txt");
    Path b = dir.resolve("2022.txt");
    Files.writeString(a, y2021);
    Files.writeString(b, y2022);

    Run plain = run("validate", a.toString(), b.toString());
    Run series = run("validate", "--series", a.toString(), b.toString());

    assertThat(plain.out()).doesNotContain("series-carried-over");
    assertThat(series.exit()).isEqualTo(1);
    assertThat(series.lines()).anySatisfy(l -> assertThat(l).startsWith(b + ":46:").contains(": error: series-carried-over: "));
    assertThat(series.lines()).noneSatisfy(l -> assertThat(l).startsWith(a.toString()).contains("series-"));
  }

  @Test
  void disabledRulesReportNothing() {
    Run r = run("validate", "--disable", "section-missing", "--disable", "row-missing", SEED_003.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.out()).doesNotContain("section-missing").doesNotContain("row-missing");
    assertThat(r.lines()).containsExactly(SEED_003 + ":18:1: info: template-conformance: \"规范性文件\" is a "
        + "label of the 2019 template; the 2021 template's standard label is \"行政规范性文件\"");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void severityAndDisableApplyToCodesRaisedWhileReading() {
    Run regraded = run("validate", "--severity", "blank-cell=error", SEED_000.toString());
    Run dropped = run("validate", "--disable", "blank-cell", SEED_000.toString());

    assertThat(regraded.exit()).isEqualTo(1);
    assertThat(regraded.lines()).singleElement().asString().contains(":77:1: error: blank-cell: ");
    assertThat(dropped.exit()).isZero();
    assertThat(dropped.out()).isEmpty();
    assertThat(dropped.err()).isEmpty();
  }

  @Test
  void severityReGradesARule() {
    Run r = run("validate", "--severity", "section-missing=warning", "--severity", "row-missing=INFO",
        SEED_003.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.lines()).anySatisfy(l -> assertThat(l).startsWith(SEED_003 + ":48:1: warning: section-missing: "));
    assertThat(r.lines()).anySatisfy(l -> assertThat(l).startsWith(SEED_003 + ":46:11: info: row-missing: "));
    assertThat(r.out()).doesNotContain(": error: ");
  }

  @Test
  void anInvalidSeverityIsAUsageError() {
    Run r = run("validate", "--severity", "section-missing=fatal", SEED_003.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--severity");
  }

  @Test
  void localeZhGivesChineseMessages() {
    Run r = run("validate", "--locale", "zh", SEED_003.toString(), tmp.resolve("missing.txt").toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.lines()).contains(SEED_003 + ":48:1: error: section-missing: 缺少章节“四、政府信息公开行政复议、行政诉讼情况”");
    assertThat(r.lines()).contains(tmp.resolve("missing.txt") + ": error: file-unreadable: 文件不存在");
  }

  @Test
  void invalidUtf8IsReplacedAndReportedAsAWarning() throws IOException {
    byte[] seed = Files.readAllBytes(SEED_000);
    byte[] bad = new byte[seed.length + 3];
    System.arraycopy(seed, 0, bad, 0, seed.length);
    bad[seed.length] = (byte) 0xFF;
    bad[seed.length + 1] = (byte) 0xE4;  // a cut three-byte sequence: one malformed sequence
    bad[seed.length + 2] = (byte) 0xB8;
    Path file = Files.write(tmp.resolve("bad.txt"), bad);

    Run validate = run("validate", file.toString());
    Run parse = run("parse", file.toString());
    Run zh = run("validate", "--locale", "zh", file.toString());

    assertThat(validate.exit()).isZero();
    assertThat(validate.lines()).endsWith(
        file + ": warning: input-decoding: The input is not valid UTF-8: 2 malformed byte sequence(s) replaced by U+FFFD");
    JsonNode json = parse.json();
    assertThat(json.get("year").asInt()).isEqualTo(2021);
    JsonNode last = json.get("diagnostics").get(json.get("diagnostics").size() - 1);
    assertThat(last.get("severity").asText()).isEqualTo("warning");
    assertThat(last.get("code").asText()).isEqualTo("input-decoding");
    assertThat(last.get("line").isNull()).isTrue();
    assertThat(zh.lines()).endsWith(file + ": warning: input-decoding: 输入不是有效的 UTF-8：2 处无效字节序列已替换为 U+FFFD");
  }

  @Test
  void aByteOrderMarkIsAcceptedAndPositionsStayThoseOfTheFile() throws IOException {
    byte[] seed = Files.readAllBytes(SEED_000);
    byte[] withBom = new byte[seed.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(seed, 0, withBom, 3, seed.length);

    Run r = run(withBom, "parse", "--positions", "-");

    JsonNode json = r.json();
    assertThat(json.get("title").asText()).doesNotContain("\uFEFF");
    assertThat(json.get("diagnostics").toString()).doesNotContain("input-decoding");
    assertThat(json.get("positions")).isEqualTo(run("parse", "--positions", SEED_000.toString()).json().get("positions"));
  }

  @Test
  void helpAndVersion() {
    Run help = run("--help");
    Run version = run("--version");
    Run none = run();

    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("parse").contains("validate");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).matches("ogi-report \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(JSON schemaVersion 1\\)\\R");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("Missing command");
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path resource(String name) {
    try {
      return Path.of(MainTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
