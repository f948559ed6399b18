package fr.assistantmedical.api.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import fr.assistantmedical.api.model.Explanation.SourceRef;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Writes each source's JSON once, then copies it. */
public class SourceRefSerializer extends StdSerializer<SourceRef> {

    private static final JsonFactory PLAIN = new JsonFactory();
    private static final Map<SourceRef, SerializedString> RENDERED = new ConcurrentHashMap<>();

    public SourceRefSerializer() {
        super(SourceRef.class);
    }

    @Override
    public void serialize(SourceRef source, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeRawValue(RENDERED.computeIfAbsent(source, SourceRefSerializer::render));
    }

    private static SerializedString render(SourceRef source) {
        StringWriter json = new StringWriter();
        try (JsonGenerator gen = PLAIN.createGenerator(json)) {
            gen.writeStartObject();
            gen.writeStringField("id", source.id());
            gen.writeStringField("title", source.title());
            gen.writeStringField("url", source.url());
            gen.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SerializedString(json.toString());
    }
}
