package io.github.ogireport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * No recursion whose depth the input controls: deep and long inputs parse in a thread with a 256 KiB
 * stack. A StackOverflowError would surface as an {@code internal-error} diagnostic (the parser never
 * throws), so the tests check that none is there. Runs with the default limits and with the trusted
 * ones, under which the 200,000-char lines and the 100k table rows are read whole (which takes more
 * than the 256 MiB heap of the {@code hostile} tests: this class runs in the default test JVM).
 */
class SmallStackTest {

  private static final int STACK = 256 * 1024;

  /** Parses {@code input} with {@code parser} in a thread with a 256 KiB stack. */
  private static ParseResult parseOnSmallStack(ReportParser parser, String input) throws InterruptedException {
    AtomicReference<ParseResult> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        result.set(parser.parse(input));
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "small", STACK);
    t.start();
    t.join();
    assertThat(failure.get()).isNull();
    assertThat(result.get()).isNotNull();
    FuzzInvariants.check(input, result.get());
    return result.get();
  }

  private static void deepInputs(ReportParser parser) throws InterruptedException {
    parseOnSmallStack(parser, "(".repeat(100_000) + ")".repeat(100_000));
    parseOnSmallStack(parser, "（".repeat(100_000) + "\n" + "）".repeat(100_000));
    parseOnSmallStack(parser, "**".repeat(100_000));
    parseOnSmallStack(parser, "**\n".repeat(100_000));
    ParseResult headings = parseOnSmallStack(parser, "一、总体情况\n".repeat(50_000));
    assertThat(headings.report().sections()).hasSize(1);
    ParseResult rows = parseOnSmallStack(parser,
        "三、收到和处理政府信息公开申请情况\n" + "（一）予以公开\t1\t0\t0\t0\t0\t0\t1\n".repeat(100_000));
    assertThat(rows.report().applications()).isPresent();
  }

  @Test
  void deepInputsWithDefaultLimits() throws InterruptedException {
    deepInputs(ReportParser.create());
  }

  @Test
  void deepInputsWithTrustedLimits() throws InterruptedException {
    // limits high enough that nothing is cut: the parser walks the whole depth and length
    ReportParser trusted = ReportParser.builder().options(ParserOptions.trusted()).build();
    ParseResult parens = parseOnSmallStack(trusted, "(".repeat(100_000) + ")".repeat(100_000));
    assertThat(parens.diagnostics("line-too-long")).isEmpty();
    ParseResult bold = parseOnSmallStack(trusted, "**".repeat(100_000));
    assertThat(bold.diagnostics("line-too-long")).isEmpty();
    ParseResult rows = parseOnSmallStack(trusted, "三、收到和处理政府信息公开申请情况\n" + "\t1\n".repeat(100_000));
    assertThat(rows.diagnostics("too-many-rows")).isEmpty();
    assertThat(rows.diagnostics("too-many-tokens")).isEmpty();
    assertThat(rows.diagnostics("row-unrecognized")).isNotEmpty();
  }
}
