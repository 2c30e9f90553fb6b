package io.github.ogireport.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the JSON file of a JMH run of {@link ParserBenchmarks} ({@code -rf json -rff results.json})
 * into the README's Markdown table: MB/s as the median and range of every measurement iteration of
 * every fork, allocation per operation ({@code -prof gc}) and its ratio to the input size, then the
 * issue's targets checked against the figures.
 *
 * <p>Units: 1 MB = 10<sup>6</sup> bytes of UTF-8 input, the size of the report files read from disk.
 * Allocation is compared with the input's UTF-8 size and with its in-memory UTF-16 size (2 bytes per
 * char), the {@code String} the parser is handed.
 *
 * <pre>
 * java -cp examples/benchmarks/target/benchmarks.jar io.github.ogireport.benchmarks.BenchmarkTable results.json
 * </pre>
 */
public final class BenchmarkTable {

  private BenchmarkTable() {}

  /** One benchmark × input: per iteration, ops/s, ops per CPU-second and B/op. */
  record Row(String benchmark, String input, List<Double> opsPerSecond, List<Double> opsPerCpuSecond,
      List<Double> bytesPerOp) {}

  /** Prints the table of the JMH JSON file {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: BenchmarkTable results.json");
      System.exit(2);
    }
    List<Row> rows = read(new File(args[0]));
    System.out.print(render(rows));
  }

  static List<Row> read(File file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file);
    List<Row> rows = new ArrayList<>();
    for (JsonNode b : root) {
      String name = b.get("benchmark").asText();
      name = name.substring(name.lastIndexOf('.') + 1);
      String input = b.path("params").path("input").asText("?");
      List<Double> ops = flatten(b.path("primaryMetric").path("rawData"));
      List<Double> alloc = List.of();
      List<Double> cpu = List.of();
      Iterator<Map.Entry<String, JsonNode>> it = b.path("secondaryMetrics").fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().endsWith("gc.alloc.rate.norm")) {
          alloc = flatten(e.getValue().path("rawData"));
        } else if (e.getKey().endsWith(CpuTimeProfiler.METRIC)) {
          cpu = flatten(e.getValue().path("rawData"));
        }
      }
      rows.add(new Row(name, input, ops, cpu, alloc));
    }
    return rows;
  }

  private static List<Double> flatten(JsonNode rawData) {
    List<Double> out = new ArrayList<>();
    for (JsonNode fork : rawData) {
      for (JsonNode v : fork) {
        out.add(v.asDouble());
      }
    }
    return out;
  }

  static String render(List<Row> rows) {
    Map<String, Long> bytes = new HashMap<>();
    Map<String, Long> chars = new HashMap<>();
    StringBuilder sb = new StringBuilder();
    sb.append("| benchmark | input | MB/s median (min–max) | MB per CPU-s median (min–max) | reports/s median"
        + " | alloc B/op | × input (UTF-8) | × input (UTF-16) |\n");
    sb.append("|---|---|---|---|---|---|---|---|\n");
    Map<String, Double> medianOps = new HashMap<>();
    Map<String, Double> medianAlloc = new LinkedHashMap<>();
    Map<String, Double> medianCpuOps = new HashMap<>();
    for (Row r : rows) {
      long b = bytes.computeIfAbsent(r.input(), Inputs::utf8Bytes);
      long c = chars.computeIfAbsent(r.input(), Inputs::chars);
      int reports = Inputs.texts(r.input()).size();
      double med = median(r.opsPerSecond());
      medianOps.put(r.benchmark() + "/" + r.input(), med);
      String alloc = "–";
      String x8 = "–";
      String x16 = "–";
      if (!r.bytesPerOp().isEmpty()) {
        double a = median(r.bytesPerOp());
        medianAlloc.put(r.benchmark() + "/" + r.input(), a / b);
        alloc = String.format(Locale.ROOT, "%,.0f", a);
        x8 = String.format(Locale.ROOT, "%.1f", a / b);
        x16 = String.format(Locale.ROOT, "%.1f", a / (2.0 * c));
      }
      String cpu = "–";
      if (!r.opsPerCpuSecond().isEmpty()) {
        double c50 = median(r.opsPerCpuSecond());
        medianCpuOps.put(r.benchmark() + "/" + r.input(), c50);
        cpu = String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", mb(c50, b), mb(min(r.opsPerCpuSecond()), b),
            mb(max(r.opsPerCpuSecond()), b));
      }
      sb.append(String.format(Locale.ROOT, "| %s | %s (%,d B) | %.1f (%.1f–%.1f) | %s | %,.0f | %s | %s | %s |%n",
          r.benchmark(), r.input(), b, mb(med, b), mb(min(r.opsPerSecond()), b), mb(max(r.opsPerSecond()), b),
          cpu, med * reports, alloc, x8, x16));
    }
    sb.append('\n');
    checks(sb, "wall clock", medianOps, bytes);
    if (!medianCpuOps.isEmpty()) {
      checks(sb, "CPU time", medianCpuOps, bytes);
    }
    for (Map.Entry<String, Double> e : medianAlloc.entrySet()) {
      if (e.getKey().startsWith("parse")) {
        sb.append(String.format(Locale.ROOT, "- allocation %s: %.1f× the UTF-8 input (target ≤ 30×)%n", e.getKey(), e.getValue()));
      }
    }
    return sb.toString();
  }

  /** The throughput targets, from the medians {@code ops} (per second or per CPU-second). */
  private static void checks(StringBuilder sb, String clock, Map<String, Double> ops, Map<String, Long> bytes) {
    Double pv = ops.get("parseAndValidate/" + Inputs.SEEDS);
    if (pv != null) {
      sb.append(String.format(Locale.ROOT, "- %s: parse + validation on the seed mix: %.1f MB/s (target ≥ 25, stretch 50)%n",
          clock, mb(pv, bytes.get(Inputs.SEEDS))));
    }
    for (String input : List.of(Inputs.SEEDS, Inputs.LARGE)) {
      Double lex = ops.get("lex/" + input);
      Double full = ops.get("parseAndValidate/" + input);
      if (lex != null && full != null) {
        sb.append(String.format(Locale.ROOT, "- %s: full pipeline (parseAndValidate) / lexer-only time, %s: %.2f× (target ≤ 3×)%n",
            clock, input, lex / full));
      }
      Double grammar = ops.get("grammar/" + input);
      if (lex != null && grammar != null) {
        sb.append(String.format(Locale.ROOT, "- %s: grammar alone (normalise, lex, ANTLR parse; no model) / lexer-only time, %s: %.2f×%n",
            clock, input, lex / grammar));
      }
    }
    for (String bench : List.of("lex", "grammar", "parse", "parseAndValidate", "json", "endToEnd")) {
      Double s = ops.get(bench + "/" + Inputs.SEEDS);
      Double l = ops.get(bench + "/" + Inputs.LARGE);
      if (s != null && l != null) {
        double ratio = mb(l, bytes.get(Inputs.LARGE)) / mb(s, bytes.get(Inputs.SEEDS));
        sb.append(String.format(Locale.ROOT, "- %s: %s, large report MB/s / seed mix MB/s = %.2f%s%n",
            clock, bench, ratio, bench.equals("parseAndValidate") ? " (target 0.80–1.20)" : ""));
      }
    }
  }

  private static double mb(double opsPerSecond, long bytesPerOp) {
    return opsPerSecond * bytesPerOp / 1e6;
  }

  static double median(List<Double> values) {
    List<Double> s = new ArrayList<>(values);
    Collections.sort(s);
    int n = s.size();
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  private static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }
}
