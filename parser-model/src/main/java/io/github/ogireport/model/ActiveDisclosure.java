package io.github.ogireport.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Section 二, 主动公开政府信息情况: the rows of its small tables, keyed by item. */
@Value.Immutable
public interface ActiveDisclosure {

  /** The rows found. A row lost in extraction is absent. */
  Map<DisclosureItem, DisclosureRow> items();

  /** The row {@code item}, if found. */
  default Optional<DisclosureRow> item(DisclosureItem item) {
    return Optional.ofNullable(items().get(item));
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ActiveDisclosure}. */
  class Builder extends ImmutableActiveDisclosure.Builder {}
}
