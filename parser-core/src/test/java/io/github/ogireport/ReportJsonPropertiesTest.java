package io.github.ogireport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.DisclosureField;
import io.github.ogireport.model.DisclosureItem;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.OutcomeField;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.SourceSpan;
import io.github.ogireport.testing.ReportGenerators;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The JSON of any parse result holds exactly the model's values, diagnostics and positions. */
class ReportJsonPropertiesTest {

  private static final ReportParser PARSER = ReportParser.create();
  /** Decimals read as BigDecimal, exactly as written (a double would lose the 6th decimal of large amounts). */
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  @Test
  void jsonHoldsTheModel() {
    qt().forAll(ReportGenerators.consistentReports(), RoundTripPropertiesTest.layouts(), Damage.some(),
        Generate.booleans())
        .checkAssert((m, writer, damage, pretty) -> {
          String text = writer.write(m);
          if (pretty) {
            text = Damage.applyAll(damage, text); // half of the reports damaged: diagnostics with related spans
          }
          ParseResult r = PARSER.parse(text);
          String json = ReportJson.builder().pretty(pretty).positions(true).build().write(r, "report.txt");
          assertThat(json.contains("\n")).isEqualTo(pretty);
          try {
            check(r, MAPPER.readTree(json));
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
  }

  static void check(ParseResult result, JsonNode j) {
    AnnualReport r = result.report();
    assertThat(j.get("schemaVersion").asInt()).isEqualTo(ReportJson.SCHEMA_VERSION).isEqualTo(1);
    assertThat(j.get("source").asText()).isEqualTo("report.txt");
    assertText(j.get("title"), r.title());
    assertText(j.get("agency"), r.agency());
    assertThat(j.get("year").isNull() ? null : j.get("year").asInt()).isEqualTo(r.year().map(Located::value).orElse(null));
    assertThat(j.get("publishedOn").isNull() ? null : j.get("publishedOn").asText())
        .isEqualTo(r.publishedOn().map(d -> d.value().toString()).orElse(null));
    assertThat(j.get("template").asText()).isEqualTo(r.template().jsonName());
    assertThat(j.get("sections").size()).isEqualTo(r.sections().size());
    for (int i = 0; i < r.sections().size(); i++) {
      Section s = r.sections().get(i);
      JsonNode n = j.get("sections").get(i);
      assertThat(n.get("number").asInt()).isEqualTo(s.number());
      assertThat(n.get("heading").asText()).isEqualTo(s.heading());
      assertThat(n.get("line").asInt()).isEqualTo(s.line().orElseThrow());
      assertThat(n.get("text").asText()).isEqualTo(s.text());
    }
    JsonNode d = j.get("activeDisclosure");
    assertThat(d.isNull()).isEqualTo(r.activeDisclosure().isEmpty());
    r.activeDisclosure().ifPresent(ad -> {
      List<String> keys = new ArrayList<>();
      for (DisclosureItem item : DisclosureItem.values()) {
        if (item.fields(r.template()).isEmpty()) {
          continue;
        }
        keys.add(item.key());
        JsonNode row = d.get(item.key());
        assertThat(row.isNull()).as(item.key()).isEqualTo(ad.item(item).isEmpty());
        ad.item(item).ifPresent(x -> {
          assertThat(fieldNames(row)).containsExactlyElementsOf(
              item.fields(r.template()).stream().map(DisclosureField::key).collect(java.util.stream.Collectors.toList()));
          for (DisclosureField f : item.fields(r.template())) {
            assertNumber(row.get(f.key()), f.located(x), item.path(f));
          }
        });
      }
      assertThat(fieldNames(d)).containsExactlyElementsOf(keys);
    });
    JsonNode a = j.get("applications");
    assertThat(a.isNull()).isEqualTo(r.applications().isEmpty());
    r.applications().ifPresent(apps -> {
      assertThat(a.get("subtotalColumn").asBoolean()).isEqualTo(apps.subtotalColumn());
      assertThat(fieldNames(a)).containsExactly("subtotalColumn", "newlyReceived", "carriedOver", "granted",
          "partiallyGranted", "withheld", "unableToProvide", "notProcessed", "otherHandling", "totalHandled",
          "carriedForward");
      assertThat(fieldNames(a.get("otherHandling"))).containsExactly("noAmendmentInTime", "feeUnpaid", "other", "subtotal");
      for (ApplicationRow row : ApplicationRow.values()) {
        JsonNode n = row.group().map(g -> a.get(g.key())).orElse(a).get(row.key());
        assertThat(n.isNull()).as(row.path()).isEqualTo(apps.row(row).isEmpty());
        apps.row(row).ifPresent(c -> {
          for (ApplicantColumn col : ApplicantColumn.values()) {
            assertNumber(n.get(col.key()), col.get(c), row.path() + "." + col.key());
          }
        });
      }
    });
    JsonNode s = j.get("reviewsAndLawsuits");
    assertThat(s.isNull()).isEqualTo(r.reviewsAndLawsuits().isEmpty());
    r.reviewsAndLawsuits().ifPresent(x -> {
      for (ReviewGroup g : ReviewGroup.values()) {
        for (OutcomeField f : OutcomeField.values()) {
          assertNumber(s.get(g.key()).get(f.key()), f.get(g.get(x)), g.path(f));
        }
      }
    });
    JsonNode diags = j.get("diagnostics");
    assertThat(diags.size()).isEqualTo(result.diagnostics().size());
    for (int i = 0; i < diags.size(); i++) {
      Diagnostic dg = result.diagnostics().get(i);
      JsonNode n = diags.get(i);
      assertThat(n.get("severity").asText()).isEqualTo(dg.severity().jsonName());
      assertThat(n.get("code").asText()).isEqualTo(dg.code());
      assertThat(n.get("message").asText()).isEqualTo(dg.message());
      assertThat(n.get("line").isNull() ? null : n.get("line").asInt()).isEqualTo(dg.span().map(SourceSpan::line).orElse(null));
      assertThat(n.get("column").isNull() ? null : n.get("column").asInt()).isEqualTo(dg.span().map(SourceSpan::column).orElse(null));
      assertThat(n.get("path").isNull() ? null : n.get("path").asText()).isEqualTo(dg.path().orElse(null));
      assertThat(n.has("related")).isEqualTo(!dg.related().isEmpty());
      for (int k = 0; k < dg.related().size(); k++) {
        assertThat(n.get("related").get(k).get("line").asInt()).isEqualTo(dg.related().get(k).line());
        assertThat(n.get("related").get(k).get("column").asInt()).isEqualTo(dg.related().get(k).column());
      }
    }
    Map<String, SourceSpan> positions = ReportJson.positions(r);
    r.title().ifPresent(t -> assertThat(positions).containsEntry("title", t.span().orElseThrow()));
    r.agency().ifPresent(t -> assertThat(positions).containsEntry("agency", t.span().orElseThrow()));
    r.publishedOn().ifPresent(t -> assertThat(positions).containsEntry("publishedOn", t.span().orElseThrow()));
    assertThat(fieldNames(j.get("positions"))).containsExactlyElementsOf(positions.keySet());
    for (Map.Entry<String, Located<? extends Number>> e : Spans.values(r).entrySet()) {
      assertThat(positions).as("position of %s", e.getKey()).containsEntry(e.getKey(), e.getValue().span().orElseThrow());
    }
    positions.forEach((path, span) -> {
      assertThat(j.get("positions").get(path).get("line").asInt()).isEqualTo(span.line());
      assertThat(j.get("positions").get(path).get("column").asInt()).isEqualTo(span.column());
    });
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }

  private static void assertText(JsonNode n, Optional<Located<String>> v) {
    assertThat(n.isNull() ? null : n.asText()).isEqualTo(v.map(Located::value).orElse(null));
  }

  private static void assertNumber(JsonNode n, Optional<? extends Located<? extends Number>> v, String path) {
    assertThat(n).as(path).isNotNull();
    if (v.isEmpty()) {
      assertThat(n.isNull()).as(path).isTrue();
      return;
    }
    Number value = v.get().value();
    if (value instanceof BigDecimal) {
      assertThat(n.decimalValue()).as(path).isEqualTo((BigDecimal) value); // same digits, same scale: written plain
    } else {
      assertThat(n.isIntegralNumber()).as(path).isTrue();
      assertThat(n.asLong()).as(path).isEqualTo(value.longValue());
    }
  }

  @Test
  void compactJsonHasNoPositionsAndUnreadableFilesHaveOneError() throws IOException {
    ParseResult r = PARSER.parse(ReportWriter.tabs().write(ReportWriterTest.report2021()));
    String json = ReportJson.compact().write(r, null);
    assertThat(json).doesNotContain("\n");
    JsonNode j = MAPPER.readTree(json);
    assertThat(j.has("positions")).isFalse();
    assertThat(j.get("source").isNull()).isTrue();
    assertThat(j.get("activeDisclosure").get("penalty").isNull()).isTrue();
    assertThat(j.get("activeDisclosure").get("fees").get("amount").decimalValue()).isEqualByComparingTo("24252.311082");
    assertThat(j.get("applications").get("otherHandling").get("other").get("total").asLong()).isEqualTo(4);
    assertThat(j.get("applications").get("otherHandling").get("subtotal").isNull()).isTrue();
    assertThat(j.get("applications").get("granted").get("legalPersonSubtotal").isNull()).isTrue();
    assertThat(j.get("reviewsAndLawsuits").get("administrativeReview").get("total").asLong()).isEqualTo(1);
    java.io.StringWriter out = new java.io.StringWriter();
    ReportJson.builder().build().write(r, "a.txt", out);
    assertThat(out.toString()).isEqualTo(ReportJson.compact().write(r, "a.txt"));

    JsonNode u = MAPPER.readTree(ReportJson.builder().pretty(true).build().unreadable("missing.txt", "no such file"));
    assertThat(u.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(u.get("source").asText()).isEqualTo("missing.txt");
    assertThat(u.get("diagnostics")).hasSize(1);
    assertThat(u.get("diagnostics").get(0).get("severity").asText()).isEqualTo("error");
    assertThat(u.get("diagnostics").get(0).get("code").asText()).isEqualTo("file-unreadable");
    assertThat(u.get("diagnostics").get(0).get("message").asText()).isEqualTo("no such file");
    assertThat(u.get("diagnostics").get(0).get("line").isNull()).isTrue();
    assertThat(u.get("diagnostics").get(0).get("path").isNull()).isTrue();
  }
}
