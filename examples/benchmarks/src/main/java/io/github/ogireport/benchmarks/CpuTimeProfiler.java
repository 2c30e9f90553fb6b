package io.github.ogireport.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that divides the operations of each iteration by the CPU time the benchmark's JVM
 * spent in it ({@code -prof io.github.ogireport.benchmarks.CpuTimeProfiler}): operations per
 * CPU-second, reported as {@code cpu.ops.per.cpu.s}.
 *
 * <p>Why: the measuring machine is shared with other builds. Wall-clock throughput then measures the
 * share of a core the benchmark thread got as much as the parser; CPU time does not count the time
 * the thread waited for a core. It does count the JVM's other threads (garbage collection, which is
 * part of the cost, and the JIT compiler, which is quiet after warm-up), so it errs on the slow side.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  /** Name of the secondary result. */
  public static final String METRIC = "cpu.ops.per.cpu.s";

  private long start;

  @Override
  public String getDescription() {
    return "operations per CPU-second of the benchmark JVM";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    start = processCpuNanos();
  }

  @Override
  public Collection<? extends Result<?>> afterIteration(BenchmarkParams benchmarkParams,
      IterationParams iterationParams, IterationResult result) {
    long cpu = processCpuNanos() - start;
    long ops = result.getMetadata().getAllOps();
    double perCpuSecond = cpu <= 0 ? Double.NaN : ops / (cpu / 1e9);
    return List.of(new ScalarResult(METRIC, perCpuSecond, "ops/cpu-s", AggregationPolicy.AVG));
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
