package org.influencegraph.ftm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Writes FollowTheMoney entities, one JSON object a line: id, schema, properties (lists of texts), data sets. */
public final class FtmLines {

    private final OutputStream out;
    private final JsonFactory json = new JsonFactory();

    /** Writes to {@code out}, which stays open. */
    public FtmLines(OutputStream out) {
        this.out = out;
    }

    public void write(String id, String schema, Map<String, List<String>> props, List<String> datasets) {
        try {
            JsonGenerator g = json.createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("schema", schema);
            g.writeObjectFieldStart("properties");
            for (var p : props.entrySet()) {
                g.writeArrayFieldStart(p.getKey());
                for (String v : p.getValue()) {
                    g.writeString(v);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("datasets");
            for (String d : datasets) {
                g.writeString(d);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.close();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
