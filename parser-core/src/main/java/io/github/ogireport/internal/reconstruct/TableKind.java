package io.github.ogireport.internal.reconstruct;

/** Which table a section body holds. */
public enum TableKind {
  /** Section 二's small tables. */
  ACTIVE_DISCLOSURE,
  /** Section 三's applications table. */
  APPLICATIONS,
  /** Section 四's row of 15 cells. */
  REVIEWS
}
