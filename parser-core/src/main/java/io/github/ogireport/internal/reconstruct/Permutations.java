package io.github.ogireport.internal.reconstruct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Every order of a few items (at most 8: 40,320 orders), in lexicographic order, the identity first. */
final class Permutations {

  /** Largest {@code n} accepted. */
  static final int MAX = 8;

  private Permutations() {}

  /** The orders of {@code 0 … n−1}; {@code n} ≤ {@link #MAX}. */
  static List<int[]> of(int n) {
    if (n < 0 || n > MAX) {
      throw new IllegalArgumentException("too many items to order: " + n);
    }
    List<int[]> out = new ArrayList<>();
    permute(new int[n], new boolean[n], 0, out);
    return out;
  }

  private static void permute(int[] order, boolean[] used, int k, List<int[]> out) {
    if (k == order.length) {
      out.add(Arrays.copyOf(order, order.length));
      return;
    }
    for (int i = 0; i < order.length; i++) {
      if (!used[i]) {
        used[i] = true;
        order[k] = i;
        permute(order, used, k + 1, out);
        used[i] = false;
      }
    }
  }
}
