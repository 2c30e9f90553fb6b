package io.github.ogireport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.ReportJson;
import io.github.ogireport.ReportParser;
import io.github.ogireport.testing.TextNoise;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pathological inputs through the built command line: each file is parsed by the shaded jar in its
 * own {@code java -Xmx256m -Xss256k -jar ogi-report.jar parse FILE}, which must exit 0 and print one
 * JSON object with the expected limit diagnostics, no {@code internal-error} and nothing on stderr
 * that looks like an exception. Tagged {@code hostile-cli}: the build runs this class after the jar
 * is shaded (phase {@code integration-test}), with the jar's path in the system property
 * {@code ogi.cli.jar}. The process timeout is a guard against a hang, not a speed requirement.
 */
@Tag("hostile-cli")
class CliHostileInputTest {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final long TIMEOUT_SECONDS = 60;
  /** Diagnostic codes saying a limit stopped part of the work. */
  private static final List<String> LIMITS = List.of("input-too-large", "line-too-long", "too-many-tokens",
      "too-many-rows", "number-too-long");
  private static final String SEED = "/seeds/000_f3378982fb2187e4.txt";
  /** Threads copying the processes' streams (the common pool may have too few: each copy blocks). */
  private static final ExecutorService IO = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "cli-hostile-io");
    t.setDaemon(true);
    return t;
  });

  @TempDir
  static Path dir;

  private static Path jar;
  private static String seed;

  @BeforeAll
  static void findTheJar() throws IOException {
    jar = Path.of(System.getProperty("ogi.cli.jar", "target/ogi-report.jar"));
    assertThat(jar).as("the shaded jar (mvn package first)").isRegularFile();
    try (InputStream in = CliHostileInputTest.class.getResourceAsStream(SEED)) {
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** What one run printed. */
  private record Run(JsonNode json, String stderr) {
    /** The distinct codes of the limit diagnostics, sorted; each must be an error. */
    List<String> limits() {
      List<String> codes = new ArrayList<>();
      for (JsonNode d : json.get("diagnostics")) {
        if (LIMITS.contains(d.get("code").asText())) {
          assertThat(d.get("severity").asText()).as(d.toString()).isEqualTo("error");
          codes.add(d.get("code").asText());
        }
      }
      return List.copyOf(new TreeSet<>(codes));
    }

    List<JsonNode> diagnostics(String code) {
      List<JsonNode> out = new ArrayList<>();
      json.get("diagnostics").forEach(d -> {
        if (d.get("code").asText().equals(code)) {
          out.add(d);
        }
      });
      return out;
    }
  }

  /** The java launcher of this JVM. */
  private static String java() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /** Runs {@code parse FILE} on {@code content} written to a temporary file. */
  private static Run parse(String name, byte[] content) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return run(file.toString(), null);
  }

  private static Run parse(String name, String content) throws Exception {
    return parse(name, content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Runs {@code parse file} in a 256 MB heap; {@code stdin}, if not null, is written to the process's
   * standard input until the process stops reading it. Checks what every run must satisfy.
   */
  private static Run run(String file, InputStream stdin) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(java(), "-Xmx256m", "-Xss256k", "-jar", jar.toString(), "parse", file);
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("_JAVA_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    if (stdin == null) {
      builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    }
    Process process = builder.start();
    CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()), IO);
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()), IO);
    CompletableFuture<Void> feed = stdin == null ? CompletableFuture.completedFuture(null)
        : CompletableFuture.runAsync(() -> feed(stdin, process.getOutputStream()), IO);
    boolean exited = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly();
    }
    assertThat(exited).as("%s: exits within %d s (hang guard)", file, TIMEOUT_SECONDS).isTrue();
    String stderr = new String(err.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), StandardCharsets.UTF_8);
    byte[] stdout = out.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    feed.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);

    assertThat(stderr).as("%s: stderr", file).doesNotContain("Exception").doesNotContain("Error")
        .doesNotContain("\tat ");
    assertThat(process.exitValue()).as("%s: exit code; stderr: %s", file, stderr).isZero();
    JsonNode json = MAPPER.readTree(stdout); // exactly one JSON value
    assertThat(json.isObject()).as("%s: one JSON object", file).isTrue();
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(ReportJson.SCHEMA_VERSION);
    Run run = new Run(json, stderr);
    assertThat(run.diagnostics("internal-error")).as("%s: internal errors", file).isEmpty();
    return run;
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies {@code from} into the process until it ends or the process closes its end. */
  private static void feed(InputStream from, OutputStream to) {
    byte[] buffer = new byte[1 << 16];
    try (to) {
      int n;
      while ((n = from.read(buffer)) >= 0) {
        to.write(buffer, 0, n);
      }
    } catch (IOException e) {
      // the process stopped reading (broken pipe) or exited: that is how an endless input ends
    }
  }

  @Test
  void emptyFile() throws Exception {
    Run r = parse("empty.txt", new byte[0]);
    assertThat(r.limits()).isEmpty();
    assertThat(r.diagnostics("title-missing")).hasSize(1);
    assertThat(r.diagnostics("section-missing")).hasSize(6);
  }

  @Test
  void randomBinary() throws Exception {
    byte[] bytes = new byte[256 * 1024];
    new Random(1).nextBytes(bytes);
    Run r = parse("random.bin", bytes);
    assertThat(r.limits()).isEmpty(); // a '\n' every 256 bytes on average: no line is too long
    assertThat(r.diagnostics("input-decoding")).hasSize(1)
        .allMatch(d -> d.get("severity").asText().equals("warning"));
    assertThat(r.json.get("applications").isNull()).isTrue();
  }

  @Test
  void invalidUtf8AndLoneSurrogatesAreReplacedAndSaidSo() throws Exception {
    // after each prose line: a stray continuation byte, a cut 3-byte sequence, 0xFF, and the lone
    // surrogates U+D800 and U+DFFF as a CESU/WTF-8 encoder writes them (ED A0 80, ED BF BF)
    byte[] junk = {(byte) 0x80, (byte) 0xE4, (byte) 0xB8, (byte) 0xFF,
        (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xED, (byte) 0xBF, (byte) 0xBF};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int prose = 0;
    for (String line : seed.split("\n", -1)) {
      out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
      if (!line.contains("\t") && !line.isBlank()) {
        out.writeBytes(junk);
        prose++;
      }
      out.write('\n');
    }
    Run r = parse("invalid-utf8.txt", out.toByteArray());
    Run clean = parse("clean.txt", seed);

    assertThat(r.limits()).isEmpty();
    List<JsonNode> decoding = r.diagnostics("input-decoding");
    assertThat(decoding).hasSize(1);
    assertThat(decoding.get(0).get("severity").asText()).isEqualTo("warning");
    // how many replacements: the JDK's decoder (which the CLI follows) is the reference
    long replaced = new String(out.toByteArray(), StandardCharsets.UTF_8).chars().filter(c -> c == 0xFFFD).count();
    assertThat(replaced).isGreaterThanOrEqualTo(4L * prose);
    assertThat(decoding.get(0).get("message").asText()).contains(" " + replaced + " ");
    assertThat(r.json.get("applications")).isEqualTo(clean.json.get("applications"));
    assertThat(r.json.get("reviewsAndLawsuits")).isEqualTo(clean.json.get("reviewsAndLawsuits"));
  }

  @Test
  void twoMegabyteSingleLine() throws Exception {
    Run r = parse("line.txt", "政".repeat(2 * 1024 * 1024));
    assertThat(r.limits()).containsExactly("line-too-long");
    assertThat(r.diagnostics("line-too-long").get(0).get("line").asInt()).isEqualTo(1);
  }

  @Test
  void twoHundredThousandTabs() throws Exception {
    assertThat(parse("tabs.txt", "\t".repeat(200_000)).limits()).containsExactly("line-too-long");
    assertThat(parse("tab-rows.txt", "\t\n".repeat(200_000)).limits()).containsExactly("too-many-rows");
  }

  @Test
  void hundredThousandNestedParentheses() throws Exception {
    assertThat(parse("parens.txt", "(".repeat(100_000) + ")".repeat(100_000)).limits())
        .containsExactly("line-too-long");
    assertThat(parse("paren-lines.txt", "(\n".repeat(100_000) + ")\n".repeat(100_000)).limits())
        .containsExactly("too-many-tokens");
  }

  @Test
  void numberWithAMillionDigits() throws Exception {
    String table = "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t";
    Run r = parse("digits.txt", table + "9".repeat(1_000_000) + "\n");
    assertThat(r.limits()).containsExactly("line-too-long", "number-too-long");
  }

  @Test
  void fiftyThousandHeadings() throws Exception {
    Run r = parse("headings.txt", "一、总体情况\n".repeat(50_000));
    assertThat(r.limits()).isEmpty();
    assertThat(r.json.get("sections")).hasSize(1);
  }

  @Test
  void hundredThousandTableRows() throws Exception {
    String rows = "（一）予以公开\t1\t0\t0\t0\t0\t0\t1\n".repeat(100_000);
    Run r = parse("rows.txt", "三、收到和处理政府信息公开申请情况\n" + rows);
    assertThat(r.limits()).containsExactly("too-many-rows");
    JsonNode diagnostics = r.json.get("diagnostics");
    assertThat(diagnostics.get(diagnostics.size() - 1).get("code").asText()).isEqualTo("too-many-diagnostics");
  }

  @Test
  void controlAndZeroWidthCharactersInARealReport() throws Exception {
    // zero-width characters anywhere are dropped: the same report as the clean text
    String zeroWidth = TextNoise.sprinkle(seed, "\u200B\u200C\u200D\u2060\uFEFF\u00AD", 0.2, 7);
    Expected expected = Expected.of(seed);
    Run r = parse("zero-width.txt", zeroWidth);
    assertThat(r.limits()).isEmpty();
    for (String field : List.of("title", "agency", "year", "sections", "activeDisclosure", "applications",
        "reviewsAndLawsuits")) {
      assertThat(r.json.get(field)).as(field).isEqualTo(expected.json.get(field));
    }
    // control characters at the end of every prose line leave the tables as they are
    String atLineEnds = Arrays.stream(seed.split("\n", -1))
        .map(l -> l.contains("\t") || l.isBlank() ? l : l + "\u0001\u0007\u001B\u007F")
        .collect(Collectors.joining("\n"));
    Run ends = parse("control-ends.txt", atLineEnds);
    assertThat(ends.json.get("applications")).isEqualTo(expected.json.get("applications"));
    assertThat(ends.json.get("reviewsAndLawsuits")).isEqualTo(expected.json.get("reviewsAndLawsuits"));
    // and anywhere, numbers included: some values are lost, but the parse completes
    Run anywhere = parse("control.txt", TextNoise.sprinkle(seed, "\u0000\u0001\u0002\u0007\u0008\u000B\u001B\u007F\u0085", 0.1, 11));
    assertThat(anywhere.limits()).isEmpty();
  }

  @Test
  void realReportRepeated500Times() throws Exception {
    Run r = parse("repeated.txt", seed.repeat(500));
    assertThat(r.limits()).isNotEmpty()
        .allMatch(c -> List.of("input-too-large", "too-many-tokens", "too-many-rows").contains(c));
    Expected single = Expected.of(seed);
    assertThat(r.json.get("title")).isEqualTo(single.json.get("title"));
    assertThat(r.json.get("applications")).isEqualTo(single.json.get("applications"));
  }

  @Test
  void hundredThousandBoldMarks() throws Exception {
    assertThat(parse("bold.txt", "**".repeat(100_000)).limits()).containsExactly("line-too-long");
    assertThat(parse("bold-lines.txt", "**\n".repeat(100_000)).limits()).isEmpty();
  }

  @Test
  void twoGigabyteSparseFileIsReadOnlyUpToTheLimit() throws Exception {
    Path file = dir.resolve("sparse.bin");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(2L * 1024 * 1024 * 1024); // NUL bytes, mostly not on disk
    }
    Run r = run(file.toString(), null);
    assertThat(r.limits()).containsExactly("input-too-large"); // NUL is dropped like other control characters
    assertThat(r.diagnostics("input-too-large").get(0).get("message").asText())
        .isEqualTo("Input has more than 4194304 characters; only the first 4194304 were read (limit maxInputChars)");
  }

  @Test
  void endlessStandardInputIsReadOnlyUpToTheLimit() throws Exception {
    InputStream endless = new InputStream() {
      private final byte[] line = "一、总体情况\n".getBytes(StandardCharsets.UTF_8);
      private long served;

      @Override
      public int read() {
        return line[(int) (served++ % line.length)] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
          b[off + i] = line[(int) (served++ % line.length)];
        }
        return len;
      }
    };
    Run r = run("-", endless);
    assertThat(r.limits()).contains("input-too-large");
    assertThat(r.diagnostics("input-too-large").get(0).get("message").asText()).contains("more than 4194304");
    assertThat(r.json.get("source").isNull()).isTrue();
  }

  /** The library's JSON for {@code text}, parsed in this JVM: what the CLI must print for the same text. */
  private record Expected(JsonNode json) {
    static Expected of(String text) throws IOException {
      String written = ReportJson.builder().build().write(ReportParser.create().parse(text), "expected");
      return new Expected(MAPPER.readTree(written));
    }
  }

}
