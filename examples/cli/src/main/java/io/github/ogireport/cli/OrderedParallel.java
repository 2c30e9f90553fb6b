package io.github.ogireport.cli;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps inputs on a pool of worker threads and hands the results to a consumer in input order, as
 * soon as a result and all those before it are done. At most {@code 4 × threads} results are in
 * flight, so memory stays bounded however many inputs there are. The consumer runs on the calling
 * thread only.
 */
public final class OrderedParallel {

  /** Results in flight per worker thread. */
  private static final int WINDOW_PER_THREAD = 4;

  private OrderedParallel() {}

  /**
   * Applies {@code work} to each input on {@code threads} worker threads and passes each result to
   * {@code sink}, in the order of {@code inputs}. With one thread (or one input) everything runs on
   * the calling thread. An exception thrown by {@code work} is rethrown here, after the results before
   * it were consumed.
   */
  public static <I, R> void map(List<I> inputs, int threads, Function<? super I, ? extends R> work,
      Consumer<? super R> sink) {
    if (threads <= 1 || inputs.size() <= 1) {
      for (I input : inputs) {
        sink.accept(work.apply(input));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, inputs.size()), r -> {
      Thread t = new Thread(r, "ogi-report-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      int window = threads * WINDOW_PER_THREAD;
      ArrayDeque<Future<? extends R>> pending = new ArrayDeque<>(window);
      for (I input : inputs) {
        pending.add(pool.submit(() -> work.apply(input)));
        while (!pending.isEmpty() && (pending.size() >= window || pending.peek().isDone())) {
          sink.accept(join(pending.poll()));
        }
      }
      while (!pending.isEmpty()) {
        sink.accept(join(pending.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R join(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }
}
