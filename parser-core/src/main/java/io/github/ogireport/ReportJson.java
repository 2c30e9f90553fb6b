package io.github.ogireport;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.ogireport.model.ActiveDisclosure;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Applications;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.DisclosureField;
import io.github.ogireport.model.DisclosureItem;
import io.github.ogireport.model.DisclosureRow;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Outcome;
import io.github.ogireport.model.OutcomeField;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.ReviewsAndLawsuits;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import io.github.ogireport.model.TemplateVersion;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link ParseResult} as the public JSON contract, version {@value #SCHEMA_VERSION}
 * (keys, nulls and {@code positions} exactly as {@code spec/json-contract.md} lists them). Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * String json = ReportJson.builder().pretty(true).positions(true).build().write(result, "report.txt");
 * }</pre>
 */
public final class ReportJson {

  /** The {@code schemaVersion} this writer produces. */
  public static final int SCHEMA_VERSION = 1;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private final boolean pretty;
  private final boolean positions;

  private ReportJson(boolean pretty, boolean positions) {
    this.pretty = pretty;
    this.positions = positions;
  }

  /** Compact JSON without positions. */
  public static ReportJson compact() {
    return builder().build();
  }

  /** Starts configuring a writer. */
  public static Builder builder() {
    return new Builder();
  }

  /** Writes {@code result} read from {@code source} (a file name, or null for stdin) as a JSON string. */
  public String write(ParseResult result, String source) {
    StringWriter out = new StringWriter(4096);
    write(result, source, out);
    return out.toString();
  }

  /** Writes {@code result} to {@code out} (not closed). */
  public void write(ParseResult result, String source, Writer out) {
    try (JsonGenerator g = generator(out)) {
      AnnualReport r = result.report();
      g.writeStartObject();
      g.writeNumberField("schemaVersion", SCHEMA_VERSION);
      g.writeStringField("source", source);
      writeText(g, "title", r.title());
      writeText(g, "agency", r.agency());
      g.writeFieldName("year");
      if (r.year().isPresent()) {
        g.writeNumber(r.year().get().value());
      } else {
        g.writeNull();
      }
      g.writeFieldName("publishedOn");
      if (r.publishedOn().isPresent()) {
        g.writeString(r.publishedOn().get().value().toString());
      } else {
        g.writeNull();
      }
      g.writeStringField("template", r.template().jsonName());
      g.writeArrayFieldStart("sections");
      for (Section s : r.sections()) {
        g.writeStartObject();
        g.writeNumberField("number", s.number());
        g.writeStringField("heading", s.heading());
        g.writeFieldName("line");
        if (s.line().isPresent()) {
          g.writeNumber(s.line().get());
        } else {
          g.writeNull();
        }
        g.writeStringField("text", s.text());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeFieldName("activeDisclosure");
      if (r.activeDisclosure().isPresent()) {
        writeDisclosure(g, r.activeDisclosure().get(), r.template());
      } else {
        g.writeNull();
      }
      g.writeFieldName("applications");
      if (r.applications().isPresent()) {
        writeApplications(g, r.applications().get());
      } else {
        g.writeNull();
      }
      g.writeFieldName("reviewsAndLawsuits");
      if (r.reviewsAndLawsuits().isPresent()) {
        writeReviews(g, r.reviewsAndLawsuits().get());
      } else {
        g.writeNull();
      }
      g.writeArrayFieldStart("diagnostics");
      for (Diagnostic d : result.diagnostics()) {
        writeDiagnostic(g, d);
      }
      g.writeEndArray();
      if (positions) {
        g.writeObjectFieldStart("positions");
        for (Map.Entry<String, SourceSpan> e : positions(r).entrySet()) {
          g.writeObjectFieldStart(e.getKey());
          g.writeNumberField("line", e.getValue().line());
          g.writeNumberField("column", e.getValue().column());
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The JSON of a file that could not be read: {@code source} and one {@code error} diagnostic with
   * code {@code file-unreadable}.
   */
  public String unreadable(String source, String message) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = generator(out)) {
      g.writeStartObject();
      g.writeNumberField("schemaVersion", SCHEMA_VERSION);
      g.writeStringField("source", source);
      g.writeArrayFieldStart("diagnostics");
      writeDiagnostic(g, Diagnostic.builder().severity(Severity.ERROR).code("file-unreadable").message(message).build());
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Every value of {@code report} that has a position, keyed by its dotted JSON path, in document order of keys. */
  public static Map<String, SourceSpan> positions(AnnualReport report) {
    Map<String, SourceSpan> out = new LinkedHashMap<>();
    put(out, "title", report.title());
    put(out, "agency", report.agency());
    put(out, "year", report.year());
    put(out, "publishedOn", report.publishedOn());
    report.activeDisclosure().ifPresent(d -> {
      for (DisclosureItem item : DisclosureItem.values()) {
        d.item(item).ifPresent(row -> {
          for (DisclosureField f : DisclosureField.values()) {
            put(out, item.path(f), f.located(row));
          }
        });
      }
    });
    report.applications().ifPresent(a -> {
      for (ApplicationRow row : ApplicationRow.values()) {
        a.row(row).ifPresent(c -> {
          for (ApplicantColumn col : ApplicantColumn.values()) {
            put(out, row.path() + "." + col.key(), col.get(c));
          }
        });
      }
    });
    report.reviewsAndLawsuits().ifPresent(s -> {
      for (ReviewGroup g : ReviewGroup.values()) {
        for (OutcomeField f : OutcomeField.values()) {
          put(out, g.path(f), f.get(s.group(g)));
        }
      }
    });
    return out;
  }

  private static void put(Map<String, SourceSpan> out, String path, Optional<? extends Located<?>> value) {
    value.flatMap(Located::span).ifPresent(s -> out.put(path, s));
  }

  private JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    if (pretty) {
      g.useDefaultPrettyPrinter();
    }
    return g;
  }

  private static void writeText(JsonGenerator g, String name, Optional<Located<String>> v) throws IOException {
    g.writeFieldName(name);
    if (v.isPresent()) {
      g.writeString(v.get().value());
    } else {
      g.writeNull();
    }
  }

  private static void writeNumber(JsonGenerator g, String name, Optional<? extends Located<? extends Number>> v)
      throws IOException {
    g.writeFieldName(name);
    if (v.isEmpty()) {
      g.writeNull();
      return;
    }
    Number n = v.get().value();
    if (n instanceof BigDecimal) {
      g.writeNumber((BigDecimal) n);
    } else {
      g.writeNumber(n.longValue());
    }
  }

  private static void writeDisclosure(JsonGenerator g, ActiveDisclosure d, TemplateVersion template) throws IOException {
    g.writeStartObject();
    for (DisclosureItem item : DisclosureItem.values()) {
      List<DisclosureField> fields = item.fields(template);
      if (fields.isEmpty()) {
        continue;
      }
      g.writeFieldName(item.key());
      Optional<DisclosureRow> row = d.item(item);
      if (row.isEmpty()) {
        g.writeNull();
        continue;
      }
      g.writeStartObject();
      for (DisclosureField f : fields) {
        writeNumber(g, f.key(), f.located(row.get()));
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeApplications(JsonGenerator g, Applications a) throws IOException {
    g.writeStartObject();
    g.writeBooleanField("subtotalColumn", a.subtotalColumn());
    ApplicationRow.Group open = null;
    for (ApplicationRow row : ApplicationRow.values()) {
      ApplicationRow.Group group = row.group().orElse(null);
      if (group != open) {
        if (open != null) {
          g.writeEndObject();
        }
        if (group != null) {
          g.writeObjectFieldStart(group.key());
        }
        open = group;
      }
      g.writeFieldName(row.key());
      Optional<Counts> c = a.row(row);
      if (c.isEmpty()) {
        g.writeNull();
        continue;
      }
      g.writeStartObject();
      for (ApplicantColumn col : ApplicantColumn.values()) {
        writeNumber(g, col.key(), col.get(c.get()));
      }
      g.writeEndObject();
    }
    if (open != null) {
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeReviews(JsonGenerator g, ReviewsAndLawsuits s) throws IOException {
    g.writeStartObject();
    for (ReviewGroup group : ReviewGroup.values()) {
      Outcome o = s.group(group);
      g.writeObjectFieldStart(group.key());
      for (OutcomeField f : OutcomeField.values()) {
        writeNumber(g, f.key(), f.get(o));
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeDiagnostic(JsonGenerator g, Diagnostic d) throws IOException {
    g.writeStartObject();
    g.writeStringField("severity", d.severity().jsonName());
    g.writeStringField("code", d.code());
    g.writeStringField("message", d.message());
    g.writeFieldName("line");
    if (d.span().isPresent()) {
      g.writeNumber(d.span().get().line());
    } else {
      g.writeNull();
    }
    g.writeFieldName("column");
    if (d.span().isPresent()) {
      g.writeNumber(d.span().get().column());
    } else {
      g.writeNull();
    }
    g.writeStringField("path", d.path().orElse(null));
    if (!d.related().isEmpty()) {
      g.writeArrayFieldStart("related");
      for (SourceSpan s : d.related()) {
        g.writeStartObject();
        g.writeNumberField("line", s.line());
        g.writeNumberField("column", s.column());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** Configures a {@link ReportJson}. */
  public static final class Builder {
    private boolean pretty;
    private boolean positions;

    private Builder() {}

    /** Indents the output (the CLI's {@code --format json}). */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /** Adds the {@code positions} object (the CLI's {@code --positions}). */
    public Builder positions(boolean positions) {
      this.positions = positions;
      return this;
    }

    /** Builds the writer. */
    public ReportJson build() {
      return new ReportJson(pretty, positions);
    }
  }
}
