package io.github.ogireport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {

  /** An input and a value whose cost varies a lot from input to input, so that results complete out of order. */
  private record Result(int input, long value) {}

  private static Result work(int n) {
    long x = n;
    for (int i = 0; i < (n % 7) * 20_000; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
    }
    return new Result(n, x);
  }

  @Test
  void resultsComeInInputOrderWithAtMostFourPerThreadInFlight() {
    List<Integer> inputs = IntStream.range(0, 2_000).boxed().collect(Collectors.toList());
    List<Integer> seen = new ArrayList<>();
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();

    OrderedParallel.map(inputs, 3, n -> {
      maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      return work(n);
    }, r -> {
      inFlight.decrementAndGet();
      seen.add(r.input());
    });

    assertThat(seen).containsExactlyElementsOf(inputs);
    assertThat(maxInFlight.get()).isBetween(1, 12);
  }

  @Test
  void oneThreadRunsOnTheCallingThread() {
    List<String> threads = new ArrayList<>();

    OrderedParallel.map(List.of(1, 2, 3), 1, n -> Thread.currentThread().getName(), threads::add);

    assertThat(threads).containsOnly(Thread.currentThread().getName()).hasSize(3);
  }

  @Test
  void aFailureIsRethrownAfterTheResultsBeforeIt() {
    List<Integer> seen = new ArrayList<>();

    assertThatThrownBy(() -> OrderedParallel.map(IntStream.range(0, 50).boxed().collect(Collectors.toList()), 4,
        n -> {
          if (n == 20) {
            throw new IllegalArgumentException("bad " + n);
          }
          return n;
        }, seen::add))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad 20");
    assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 20).boxed().collect(Collectors.toList()));
  }
}
