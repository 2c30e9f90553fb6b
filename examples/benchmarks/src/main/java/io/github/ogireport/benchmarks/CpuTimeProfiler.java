package io.github.ogireport.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that divides the operations of each iteration by the CPU time JMH's worker threads
 * (the threads that run the benchmark method) spent in it ({@code -prof
 * io.github.ogireport.benchmarks.CpuTimeProfiler}): operations per CPU-second, reported as {@value
 * #METRIC}.
 *
 * <p>Why: the measuring machine is shared with other builds. Wall-clock throughput then measures
 * the share of a core the benchmark thread got as much as the parser; the worker's CPU time does not
 * count the time it waited for a core. It leaves out the JVM's other threads, the JIT compiler and the
 * garbage collector's workers: {@code -prof gc} reports the collections' time separately.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  /** Name of the secondary result. */
  public static final String METRIC = "cpu.ops.per.cpu.s";

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Map<Long, Long> before = Map.of();

  @Override
  public String getDescription() {
    return "operations per CPU-second of the benchmark's worker threads";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    before = workerCpuNanos();
  }

  @Override
  public Collection<? extends Result<?>> afterIteration(BenchmarkParams benchmarkParams,
      IterationParams iterationParams, IterationResult result) {
    long cpu = 0;
    for (Map.Entry<Long, Long> e : workerCpuNanos().entrySet()) {
      cpu += e.getValue() - before.getOrDefault(e.getKey(), 0L);
    }
    long ops = result.getMetadata().getAllOps();
    double perCpuSecond = cpu <= 0 ? Double.NaN : ops / (cpu / 1e9);
    return List.of(new ScalarResult(METRIC, perCpuSecond, "ops/cpu-s", AggregationPolicy.AVG));
  }

  /** CPU time of every live JMH worker thread, by thread id. */
  private static Map<Long, Long> workerCpuNanos() {
    Map<Long, Long> out = new HashMap<>();
    for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (t != null && t.getThreadName().contains("jmh-worker")) {
        long cpu = THREADS.getThreadCpuTime(t.getThreadId());
        if (cpu >= 0) {
          out.put(t.getThreadId(), cpu);
        }
      }
    }
    return out;
  }
}
