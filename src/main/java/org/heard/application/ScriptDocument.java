package org.heard.application;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.Map;
import org.heard.domain.model.script.Question;
import org.heard.domain.model.script.RatingStatement;
import org.heard.domain.model.script.Script;

/**
 * A script as a JSON document (format {@value #FORMAT}): its code, version,
 * title and introduction, the rating scale, and every question in order with
 * its read-aloud text, prompts, guidance and rating statements. The format is
 * described, with the seeded script as a complete example, in
 * {@code docs/administration.md}.
 */
public final class ScriptDocument {

    /** The format's name and version, the document's first field. */
    public static final String FORMAT = "heard-script/1";

    private ScriptDocument() {}

    public static String toJson(Script script) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out)) {
            json.writeStartObject()
                    .write("format", FORMAT)
                    .write("code", script.getCode())
                    .write("version", script.getVersion())
                    .write("title", script.getTitle())
                    .write("introduction", script.getIntroduction());
            json.writeStartArray("scale");
            script.getScaleLabels().forEach((value, label) -> json.writeStartObject()
                    .write("value", value)
                    .write("label", label)
                    .writeEnd());
            json.writeEnd();
            json.writeStartArray("questions");
            for (Question question : script.getQuestions()) {
                json.writeStartObject()
                        .write("number", question.getNumber())
                        .write("kind", question.getKind().name())
                        .write("title", question.getTitle())
                        .write("readAloud", question.getReadAloud());
                writeOptional(json, "prompts", question.getPrompts());
                writeOptional(json, "guidance", question.getGuidance());
                if (question.isRatings()) {
                    json.writeStartArray("ratingStatements");
                    for (RatingStatement statement : question.getRatingStatements()) {
                        json.write(statement.getText());
                    }
                    json.writeEnd();
                }
                json.writeEnd();
            }
            json.writeEnd();
            json.writeEnd();
        }
        return out.toString();
    }

    private static void writeOptional(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }
}
