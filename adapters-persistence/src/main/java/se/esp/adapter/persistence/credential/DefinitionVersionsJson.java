package se.esp.adapter.persistence.credential;

import static se.esp.adapter.persistence.storage.JsonDocuments.JSON;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import se.esp.adapter.persistence.packaging.ContentJson;
import se.esp.domain.credential.Alignment;
import se.esp.domain.credential.AlignmentKind;
import se.esp.domain.credential.CredentialDefinitionVersion;
import se.esp.domain.credential.CredentialTerms;

/** A definition's versions as the JSON array stored in {@code credential_definition.versions}. */
final class DefinitionVersionsJson {

    private DefinitionVersionsJson() {
    }

    static String write(List<CredentialDefinitionVersion> versions) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (CredentialDefinitionVersion v : versions) {
            CredentialTerms t = v.terms();
            JsonArrayBuilder alignments = JSON.createArrayBuilder();
            t.alignments().forEach(a -> alignments.add(JSON.createObjectBuilder()
                    .add("kind", a.kind().name()).add("targetUrl", a.targetUrl()).add("targetName", a.targetName())));
            JsonObjectBuilder o = JSON.createObjectBuilder()
                    .add("number", v.number())
                    .add("publishedAt", v.publishedAt().toString())
                    .add("title", ContentJson.texts(t.title()))
                    .add("description", ContentJson.texts(t.description()))
                    .add("criteria", ContentJson.texts(t.criteria()))
                    .add("alignments", alignments)
                    .add("creditPoints", t.creditPoints().toPlainString());
            if (t.validityMonths() == null) {
                o.addNull("validityMonths");
            } else {
                o.add("validityMonths", t.validityMonths());
            }
            array.add(o);
        }
        return array.build().toString();
    }

    static List<CredentialDefinitionVersion> read(String json) {
        return JSON.createReader(new java.io.StringReader(json)).readArray().getValuesAs(JsonObject.class).stream()
                .map(o -> new CredentialDefinitionVersion(o.getInt("number"),
                        new CredentialTerms(ContentJson.texts(o.getJsonObject("title")),
                                ContentJson.texts(o.getJsonObject("description")),
                                ContentJson.texts(o.getJsonObject("criteria")),
                                o.getJsonArray("alignments").getValuesAs(JsonObject.class).stream()
                                        .map(a -> new Alignment(AlignmentKind.valueOf(a.getString("kind")),
                                                a.getString("targetUrl"), a.getString("targetName"))).toList(),
                                new BigDecimal(o.getString("creditPoints")),
                                o.get("validityMonths") == null || o.get("validityMonths") == JsonValue.NULL
                                        ? null : ((JsonNumber) o.get("validityMonths")).intValue()),
                        Instant.parse(o.getString("publishedAt"))))
                .toList();
    }
}
