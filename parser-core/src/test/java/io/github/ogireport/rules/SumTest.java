package io.github.ogireport.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.model.Located;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Sum}: exact arithmetic beyond {@code long}, absent cells, and how a sum reads in a message. */
class SumTest {

  private static final List<String> LABELS = List.of("a", "b", "c");

  private static Sum of(Long... values) {
    Sum s = Sum.over(LABELS);
    for (Long v : values) {
      s.add(v == null ? Optional.empty() : Optional.of(Located.of(v)));
    }
    return s;
  }

  @Test
  void aSumWithEveryTermPrintedHasItsValue() {
    Sum s = of(2L, 0L, 5L);
    assertThat(s.complete()).isTrue();
    assertThat(s.is(7)).isTrue();
    assertThat(s.is(6)).isFalse();
    assertThat(s.value()).isEqualTo(BigInteger.valueOf(7));
    assertThat(s.expression()).isEqualTo("a 2 + b 0 + c 5");
    assertThat(s.nonZeroExpression()).isEqualTo("a 2 + c 5");
    assertThat(s.zeroTerms()).isEqualTo(1);
  }

  @Test
  void anAbsentTermLeavesTheSumIncompleteWhereverItStands() {
    assertThat(of(null, 1L, 2L).complete()).isFalse();
    assertThat(of(1L, null, 2L).complete()).isFalse();
    assertThat(of(1L, 2L, null).complete()).isFalse();
    assertThat(of(1L, 2L).complete()).as("fewer terms than labels").isFalse();
  }

  @Test
  void termsBeyondTheRangeOfLongAddUpExactly() {
    // in long arithmetic MAX + 1 + 0 wraps to MIN: the sum must not equal MIN
    Sum s = of(Long.MAX_VALUE, 1L, 0L);
    assertThat(s.is(Long.MIN_VALUE)).isFalse();
    assertThat(s.value()).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
    // and a negative term that brings the sum back into range is still exact
    assertThat(of(Long.MAX_VALUE, 1L, -2L).is(Long.MAX_VALUE - 1)).isTrue();
    assertThat(of(Long.MIN_VALUE, -1L, 1L).is(Long.MIN_VALUE)).isTrue();
  }
}
