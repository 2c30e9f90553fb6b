package io.github.ogireport.benchmarks;

import io.github.ogireport.ReportParser;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * Issue 6, a second opinion beside JMH: the CPU time and the bytes one thread spends per parse, read
 * from the thread's own counters ({@code com.sun.management.ThreadMXBean}) over many warmed runs.
 * Neither counts the time the thread waited for a core, so the figures hold on a machine shared with
 * other work, as long as the JIT compiler threads get their share (which long warm-up gives them). Run:
 *
 * <pre>
 * java -Xmx1g -cp examples/benchmarks/target/benchmarks.jar io.github.ogireport.benchmarks.ThreadCost [runs] [warm-up runs]
 * </pre>
 *
 * <p>Prints, for the seed mix and the large report, parse alone ({@code validate(false)}) and parse with
 * every built-in rule: CPU milliseconds per run, MB of UTF-8 input per CPU-second, bytes allocated per
 * run and their ratio to the input.
 */
public final class ThreadCost {

  private ThreadCost() {}

  /** Runs the measurement: {@code args[0]} runs measured (default 2,000), {@code args[1]} warm-up runs (default 3,000). */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    int warm = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
    System.out.printf(Locale.ROOT, "%-8s %-18s %12s %14s %14s %10s%n", "input", "what", "ms CPU/run", "MB per CPU-s",
        "B alloc/run", "x input");
    for (String input : List.of(Inputs.SEEDS, Inputs.LARGE)) {
      int scale = input.equals(Inputs.LARGE) ? 20 : 1; // the large report is 25 times the seed mix
      for (boolean validate : new boolean[] {false, true}) {
        measure(input, validate, Math.max(1, runs / scale), Math.max(1, warm / scale));
      }
    }
  }

  private static void measure(String input, boolean validate, int runs, int warm) {
    List<String> texts = Inputs.texts(input);
    long bytes = Inputs.utf8Bytes(input);
    ReportParser parser = ReportParser.builder().validate(validate).build();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long sink = 0;
    for (int i = 0; i < warm; i++) {
      for (String t : texts) {
        sink += parser.parse(t).diagnostics().size();
      }
    }
    long cpu0 = threads.getThreadCpuTime(id);
    long alloc0 = threads.getThreadAllocatedBytes(id);
    for (int i = 0; i < runs; i++) {
      for (String t : texts) {
        sink += parser.parse(t).diagnostics().size();
      }
    }
    long cpu = threads.getThreadCpuTime(id) - cpu0;
    long alloc = threads.getThreadAllocatedBytes(id) - alloc0;
    double ms = cpu / 1e6 / runs;
    long perRun = alloc / runs;
    System.out.printf(Locale.ROOT, "%-8s %-18s %12.3f %14.1f %,14d %10.1f%s%n", input,
        validate ? "parse + all rules" : "parse", ms, bytes / 1e3 / ms, perRun, perRun / (double) bytes,
        sink == 42 ? " " : "");
  }
}
