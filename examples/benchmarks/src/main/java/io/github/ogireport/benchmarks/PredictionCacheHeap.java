package io.github.ogireport.benchmarks;

import io.github.ogireport.ReportParser;
import io.github.ogireport.grammar.OgiLexer;
import io.github.ogireport.grammar.OgiParser;
import io.github.ogireport.internal.antlr.GrammarFrontEnd;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.dfa.DFA;

/**
 * Issue 6, long-running services: the heap a parser retains after 10,000 and after 100,000 distinct
 * generated reports, with the number of DFA states ANTLR caches. Run:
 *
 * <pre>
 * java -Xmx512m -cp examples/benchmarks/target/benchmarks.jar io.github.ogireport.benchmarks.PredictionCacheHeap
 * </pre>
 *
 * <p>Heap "retained" is the used heap after full collections, with one shared {@link ReportParser}
 * alive (as in a service) and no result kept. The reports are the five seeds varied at random: lines
 * dropped or repeated, cells separated by tabs or Markdown pipes, headings decorated, numbers changed,
 * prose cut and joined, so that every report differs and new line shapes keep coming.
 */
public final class PredictionCacheHeap {

  private PredictionCacheHeap() {}

  /** Runs the measurement; {@code args[0]} optionally sets the total number of reports (default 100,000). */
  public static void main(String[] args) throws InterruptedException {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    ReportParser parser = ReportParser.create();
    Random random = new Random(2024);
    List<String> seeds = Inputs.seeds();
    parser.parse(seeds.get(0));
    System.out.printf(Locale.ROOT, "%8s %14s %12s%n", "reports", "retained heap", "DFA states");
    report(0);
    long checksum = 0;
    long at10k = 0;
    for (int i = 1; i <= total; i++) {
      // distinct by construction: each report starts with its serial number (no set of them is kept:
      // it would be the largest thing on the heap)
      String text = vary(seeds.get(random.nextInt(seeds.size())), random, i);
      checksum += parser.parse(text).diagnostics().size();
      if (i == 1_000 || i == 10_000 || i % 25_000 == 0) {
        long heap = report(i);
        if (i == 10_000) {
          at10k = heap;
        }
        if (i == total && at10k > 0) {
          System.out.printf(Locale.ROOT, "retained heap after %,d reports / after 10,000: %.3f (checksum %d)%n",
              total, heap / (double) at10k, checksum);
        }
      }
    }
  }

  private static long report(int reports) throws InterruptedException {
    long heap = retainedHeap();
    System.out.printf(Locale.ROOT, "%,8d %,14d %,12d%n", reports, heap, dfaStates());
    return heap;
  }

  /** Used heap after full collections, settled. */
  static long retainedHeap() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** DFA states of every parser decision and lexer mode. */
  static long dfaStates() {
    OgiLexer lexer = GrammarFrontEnd.lexer("");
    OgiParser parser = new OgiParser(new BufferedTokenStream(lexer));
    long n = 0;
    for (DFA dfa : parser.getInterpreter().decisionToDFA) {
      n += dfa.states.size();
    }
    for (DFA dfa : lexer.getInterpreter().decisionToDFA) {
      n += dfa.states.size();
    }
    return n;
  }

  /** A variation of {@code seed}; {@code serial} makes it unique. */
  static String vary(String seed, Random r, int serial) {
    List<String> out = new ArrayList<>();
    boolean pipes = r.nextInt(4) == 0;
    for (String line : seed.lines().toList()) {
      int dice = r.nextInt(40);
      if (dice == 0) {
        continue; // a line lost in extraction
      }
      String l = line;
      if (pipes && l.indexOf('\t') >= 0) {
        l = "| " + l.replace("\t", " | ") + " |";
      }
      if (dice == 1 && !l.isEmpty() && l.indexOf('\t') < 0) {
        l = "## " + l;
      } else if (dice == 2) {
        l = l.substring(0, l.length() / 2);
      }
      out.add(numbers(l, r));
      if (dice == 3) {
        out.add(numbers(l, r)); // a line printed twice across a page break
      }
    }
    out.add(0, "报告编号 " + serial);
    return String.join(r.nextInt(8) == 0 ? "\r\n" : "\n", out) + "\n";
  }

  private static String numbers(String line, Random r) {
    if (r.nextInt(3) > 0) {
      return line;
    }
    StringBuilder sb = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      sb.append(c >= '0' && c <= '9' ? (char) ('0' + r.nextInt(10)) : c);
    }
    return sb.toString();
  }
}
