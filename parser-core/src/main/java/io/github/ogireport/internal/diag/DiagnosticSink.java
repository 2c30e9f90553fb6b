package io.github.ogireport.internal.diag;

import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Collects the diagnostics of one parse, up to a cap; past it, one {@code too-many-diagnostics}
 * entry stands for the rest (a hostile input cannot make the result grow without bound).
 */
public final class DiagnosticSink {

  /** Code of the single entry that replaces diagnostics beyond the cap. */
  public static final String TOO_MANY = "too-many-diagnostics";

  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Messages messages;
  private final int cap;
  private int dropped;

  public DiagnosticSink(Messages messages, int cap) {
    this.messages = messages;
    this.cap = cap;
  }

  public Messages messages() {
    return messages;
  }

  /** Adds a diagnostic whose message is the bundle entry {@code messageKey} with {@code args}. */
  public void add(Severity severity, String code, Optional<SourceSpan> span, Optional<String> path,
      List<SourceSpan> related, String messageKey, Object... args) {
    if (diagnostics.size() >= cap) {
      dropped++; // past the cap: not even formatted
      return;
    }
    add(Diagnostic.builder()
        .severity(severity)
        .code(code)
        .message(messages.format(messageKey, args))
        .span(span)
        .path(path)
        .addAllRelated(related)
        .build());
  }

  /** Related positions kept per diagnostic; a row of 50,000 cells would otherwise list them all. */
  public static final int MAX_RELATED = 100;

  /** Adds {@code diagnostic}, or counts it as dropped past the cap. */
  public void add(Diagnostic diagnostic) {
    if (diagnostics.size() >= cap) {
      dropped++;
    } else if (diagnostic.related().size() > MAX_RELATED) {
      diagnostics.add(Diagnostic.builder().from(diagnostic)
          .related(diagnostic.related().subList(0, MAX_RELATED)).build());
    } else {
      diagnostics.add(diagnostic);
    }
  }

  public int size() {
    return diagnostics.size();
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /**
   * The diagnostics in their deterministic order: whole-document findings first, then by position,
   * then by severity; ties keep the order they were reported in (template order for row findings);
   * plus the {@code too-many-diagnostics} entry if any were dropped.
   */
  public List<Diagnostic> sorted() {
    List<Diagnostic> out = new ArrayList<>(diagnostics);
    out.sort(ORDER);
    if (dropped > 0) {
      out.add(Diagnostic.builder()
          .severity(Severity.WARNING)
          .code(TOO_MANY)
          .message(messages.format(TOO_MANY, dropped, cap))
          .build());
    }
    return out;
  }

  /** The order of {@link #sorted()}. */
  public static final Comparator<Diagnostic> ORDER = Comparator
      .comparingInt((Diagnostic d) -> d.span().map(SourceSpan::offset).orElse(-1))
      .thenComparing(Diagnostic::severity);

  /** Re-grades and drops diagnostics by code (the parser's severity and disable settings). */
  public void regrade(java.util.Map<String, io.github.ogireport.model.Severity> severities,
      java.util.Set<String> disabled) {
    if (severities.isEmpty() && disabled.isEmpty()) {
      return;
    }
    java.util.ListIterator<Diagnostic> it = diagnostics.listIterator();
    while (it.hasNext()) {
      Diagnostic d = it.next();
      if (disabled.contains(d.code())) {
        it.remove();
      } else if (severities.containsKey(d.code()) && severities.get(d.code()) != d.severity()) {
        it.set(Diagnostic.builder().from(d).severity(severities.get(d.code())).build());
      }
    }
  }
}
