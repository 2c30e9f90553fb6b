package io.github.ogireport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Severity;
import io.github.ogireport.testing.TextNoise;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Pathological inputs ("any input is a document"): each returns a result with the expected limit
 * diagnostics, no internal error, positions inside the input and writable JSON. Tagged
 * {@code hostile}: the build runs this class in its own JVM with {@code -Xmx256m -Xss256k}, so the
 * default limits must keep every input within a 256 MiB heap.
 */
@Tag("hostile")
class HostileInputTest {

  private static final ReportParser PARSER = ReportParser.create();

  /** Parses {@code input} and checks what every result must satisfy. */
  private static ParseResult parse(String input) {
    ParseResult r = PARSER.parse(input);
    FuzzInvariants.check(input, r);
    return r;
  }

  /** Codes of the diagnostics that say a limit stopped part of the work. */
  private static final List<String> LIMITS = List.of("input-too-large", "line-too-long", "too-many-tokens",
      "too-many-rows", "number-too-long");

  /** The distinct limit codes among {@code r}'s diagnostics, all of which must be errors. */
  private static List<String> errorCodes(ParseResult r) {
    List<Diagnostic> limits = r.diagnostics().stream().filter(d -> LIMITS.contains(d.code()))
        .collect(Collectors.toList());
    assertThat(limits).allMatch(d -> d.severity() == Severity.ERROR);
    return limits.stream().map(Diagnostic::code).distinct().sorted().collect(Collectors.toList());
  }

  @Test
  void empty() {
    ParseResult r = parse("");
    assertThat(errorCodes(r)).isEmpty();
    assertThat(r.report().title()).isEmpty();
    assertThat(r.diagnostics("title-missing")).hasSize(1);
    assertThat(r.diagnostics("section-missing")).hasSize(6);
  }

  @Test
  void randomBinaryAsLatin1() {
    byte[] bytes = randomBytes(256 * 1024, 1);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    ParseResult r = parse(text);
    assertThat(errorCodes(r)).isEmpty(); // a '\n' every 256 bytes on average: no line is too long
    assertThat(r.report().applications()).isEmpty();
  }

  @Test
  void randomBinaryAsUtf8WithReplacement() throws CharacterCodingException {
    String text = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .decode(ByteBuffer.wrap(randomBytes(256 * 1024, 2)))
        .toString();
    assertThat(text).contains("\uFFFD");
    ParseResult r = parse(text);
    assertThat(errorCodes(r)).isEmpty();
    assertThat(r.report().applications()).isEmpty();
  }

  @Test
  void loneSurrogates() {
    String seed = Fixtures.seed("000");
    ParseResult clean = PARSER.parse(seed);
    // lone surrogates before the text, after it, and at the end of every line that is no table row
    String text = "\uDC00" + seed.lines()
        .map(l -> l.contains("\t") ? l : l + "\uD800")
        .collect(Collectors.joining("\n")) + "\uDFFF\uD800";
    ParseResult r = parse(text);
    assertThat(r.report().applications()).isEqualTo(clean.report().applications());
    assertThat(r.report().reviewsAndLawsuits()).isEqualTo(clean.report().reviewsAndLawsuits());

    String only = "\uDC00\uD800".repeat(50_000);
    assertThat(errorCodes(parse(only))).isEmpty();
  }

  @Test
  void twoMegabyteSingleLine() {
    ParseResult r = parse("政".repeat(2 * 1024 * 1024));
    assertThat(errorCodes(r)).containsExactly("line-too-long");
    Diagnostic d = r.diagnostics("line-too-long").get(0);
    assertThat(d.line()).contains(1);
    assertThat(d.span().get().endColumn()).isEqualTo(ParserOptions.DEFAULT_MAX_LINE_CHARS + 1);
    assertThat(d.message()).contains("100000").contains("maxLineChars");
  }

  @Test
  void twoHundredThousandTabs() {
    ParseResult oneLine = parse("\t".repeat(200_000));
    assertThat(errorCodes(oneLine)).containsExactly("line-too-long");

    ParseResult rows = parse("\t\n".repeat(200_000));
    assertThat(errorCodes(rows)).containsExactly("too-many-rows");
    assertThat(rows.diagnostics("too-many-rows").get(0).line()).contains(ParserOptions.DEFAULT_MAX_TABLE_ROWS + 1);
  }

  @Test
  void hundredThousandNestedParentheses() {
    ParseResult oneLine = parse("(".repeat(100_000) + ")".repeat(100_000));
    assertThat(errorCodes(oneLine)).containsExactly("line-too-long");
    ParseResult full = parse("（".repeat(50_000) + "）".repeat(50_000)); // full-width: normalised to ASCII
    assertThat(errorCodes(full)).isEmpty();
    ParseResult lines = parse("(\n".repeat(50_000) + ")\n".repeat(50_000));
    assertThat(errorCodes(lines)).isEmpty();
    ParseResult moreLines = parse("(\n".repeat(100_000) + ")\n".repeat(100_000)); // 400k tokens
    assertThat(errorCodes(moreLines)).containsExactly("too-many-tokens");
  }

  @Test
  void numberWithAMillionDigits() {
    String table = "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t";
    ParseResult r = parse(table + "9".repeat(1_000_000) + "\n");
    assertThat(errorCodes(r)).containsExactly("line-too-long", "number-too-long"); // sorted

    // trusted limits admit the line (1.6M chars) but not the number: read as text, reported
    ParseResult trusted = ReportParser.builder().options(ParserOptions.trusted()).build()
        .parse(table + "9".repeat(1_000_000) + "\n");
    assertThat(errorCodes(trusted)).containsExactly("number-too-long");
    assertThat(trusted.report().applications().flatMap(a -> a.row(ApplicationRow.NEWLY_RECEIVED))
        .flatMap(Counts::total)).isEmpty();

    // a number one digit past the limit, on an ordinary line
    ParseResult small = parse(table + "1".repeat(ParserOptions.DEFAULT_MAX_NUMBER_DIGITS + 1) + "\n");
    assertThat(errorCodes(small)).containsExactly("number-too-long");
    Diagnostic d = small.diagnostics("number-too-long").get(0);
    assertThat(d.line()).contains(2);
    assertThat(d.message()).contains("30").contains("maxNumberDigits");
  }

  @Test
  void fiftyThousandHeadings() {
    ParseResult r = parse("一、总体情况\n".repeat(50_000));
    assertThat(errorCodes(r)).isEmpty();
    assertThat(r.report().sections()).hasSize(1);
    ParseResult md = parse("## 二、主动公开政府信息情况\n".repeat(50_000)); // 4 tokens a line: 200k < 250k
    assertThat(errorCodes(md)).isEmpty();
    assertThat(md.report().sections()).hasSize(1);
    // 70k such headings (280k tokens) pass the token limit: the rest of the input is not read, and said so
    ParseResult more = parse("## 二、主动公开政府信息情况\n".repeat(70_000));
    assertThat(errorCodes(more)).containsExactly("too-many-tokens");
    assertThat(more.report().sections()).hasSize(1);
  }

  @Test
  void hundredThousandTableRows() {
    String rows = "（一）予以公开\t1\t0\t0\t0\t0\t0\t1\n".repeat(100_000);
    ParseResult r = parse("三、收到和处理政府信息公开申请情况\n" + rows);
    assertThat(errorCodes(r)).containsExactly("too-many-rows");
    assertThat(r.diagnostics("too-many-rows").get(0).line()).contains(ParserOptions.DEFAULT_MAX_TABLE_ROWS + 2);
    assertThat(r.report().applications().flatMap(a -> a.row(ApplicationRow.GRANTED)).flatMap(Counts::total)
        .map(Located::value)).contains(1L);
    assertThat(r.diagnostics().get(r.diagnostics().size() - 1).code()).isEqualTo("too-many-diagnostics");
  }

  @Test
  void zeroWidthCharactersInARealSeedAreDropped() {
    for (String id : List.of("000", "001", "002", "003", "004")) {
      String seed = Fixtures.seed(id);
      String sprinkled = TextNoise.sprinkle(seed, "\u200B\u200C\u200D\u2060\uFEFF\u00AD", 0.2, 7);
      ParseResult r = parse(sprinkled);
      assertThat(r.report()).as(id).isEqualTo(PARSER.parse(seed).report());
    }
  }

  @Test
  void controlCharactersInARealSeed() {
    String seed = Fixtures.seed("000");
    AnnualReport clean = PARSER.parse(seed).report();
    // at the end of every prose line (no cell separator): the table rows are untouched
    String atLineEnds = seed.lines()
        .map(l -> l.contains("\t") || l.isBlank() ? l : l + "\u0001\u0007\u001B\u007F")
        .collect(Collectors.joining("\n"));
    ParseResult r = parse(atLineEnds);
    assertThat(r.report().applications()).isEqualTo(clean.applications());
    assertThat(r.report().reviewsAndLawsuits()).isEqualTo(clean.reviewsAndLawsuits());
    assertThat(r.report().sections()).hasSameSizeAs(clean.sections());
    // anywhere, numbers included: some values are lost, but the parse completes
    ParseResult anywhere = parse(TextNoise.sprinkle(seed, "\u0000\u0001\u0002\u0007\u0008\u000B\u001B\u007F\u0085", 0.1, 11));
    assertThat(errorCodes(anywhere)).isEmpty();
  }

  @Test
  void realSeedRepeated500Times() {
    String seed = Fixtures.seed("004");
    ParseResult r = parse(seed.repeat(500));
    assertThat(errorCodes(r)).isNotEmpty()
        .allMatch(c -> List.of("input-too-large", "too-many-tokens", "too-many-rows").contains(c));
    AnnualReport single = PARSER.parse(seed).report();
    assertThat(r.report().applications()).isEqualTo(single.applications());
    assertThat(r.report().title()).isEqualTo(single.title());
    assertThat(r.diagnostics()).hasSizeLessThanOrEqualTo(ParserOptions.DEFAULT_MAX_DIAGNOSTICS + 1);
  }

  @Test
  void rowLabelsOfAHundredThousandCharacters() {
    // each label is compared with every standard label: that must stay linear in its length
    String row = "政府信息公开申请".repeat(12_400) + "\t1\n"; // 99,203 chars
    ParseResult r = parse("三、收到和处理政府信息公开申请情况\n" + row.repeat(8));
    assertThat(errorCodes(r)).isEmpty();
    assertThat(r.diagnostics("row-unrecognized")).hasSize(8)
        .allMatch(d -> d.message().length() < 400);
  }

  @Test
  void longRunsOfSpacesInsidePatterns() {
    // prefixes of patterns the translators match, each followed by 49,000 spaces: a pattern that
    // backtracked quadratically (as "第二十条\\s*第?\\s*\\(" did) takes minutes here
    String spaces = " ".repeat(49_000);
    for (String text : List.of(
        "二、主动公开政府信息情况\n第二十条" + spaces + "第" + spaces + "x\n",
        "某区2021年政府信息公开工作年度报告\n（2021" + spaces + "年" + spaces + "x\n",
        "三、收到和处理政府信息公开申请情况\n（一" + spaces + "x\t1\n1" + spaces + "x\t1\n")) {
      assertThat(errorCodes(parse(text))).isEmpty();
    }
    ParseResult caption = parse("二、主动公开政府信息情况\n第二十条 第 （一） 项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
        + "规章\t1\t0\t5\n");
    assertThat(caption.report().activeDisclosure()).isPresent();
  }

  @Test
  void hundredThousandBoldMarks() {
    assertThat(errorCodes(parse("**".repeat(100_000)))).containsExactly("line-too-long");
    assertThat(errorCodes(parse("**\n".repeat(100_000)))).isEmpty();
    assertThat(errorCodes(parse("** ".repeat(30_000)))).isEmpty();
  }

  @Test
  void inputLargerThanTheLimit() {
    ParseResult r = parse("x".repeat(ParserOptions.DEFAULT_MAX_INPUT_CHARS + 1000));
    assertThat(errorCodes(r)).containsExactly("input-too-large", "line-too-long");
    assertThat(r.diagnostics("input-too-large").get(0).message()).contains("4195304").contains("4194304");
  }

  @Test
  void tokenFlood() {
    ParseResult r = parse("a\tb\n".repeat(5_000) + "a\n".repeat(200_000));
    assertThat(errorCodes(r)).containsExactly("too-many-tokens");
  }

  private static byte[] randomBytes(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

}
