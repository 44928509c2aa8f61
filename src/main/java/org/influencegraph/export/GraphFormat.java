package org.influencegraph.export;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The graph file formats of the exports, each with its media type and a writer over a stream. */
public enum GraphFormat {
    /** Cytoscape.js elements: {@code {"elements": {"nodes": [{"data": {...}}], "edges": [...]}}}. */
    CYTOSCAPE("cytoscape", "application/json", "json"),
    GRAPHML("graphml", "application/graphml+xml", "graphml"),
    /** GEXF 1.3, Gephi's format. */
    GEXF("gexf", "application/gexf+xml", "gexf"),
    /** FollowTheMoney entities, one JSON object a line (Aleph, OpenSanctions tools, and our own importer). */
    FTM("ftm", "application/x-ndjson", "ftm.json");

    private final String code;
    private final String mediaType;
    private final String extension;

    GraphFormat(String code, String mediaType, String extension) {
        this.code = code;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String code() {
        return code;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public GraphWriterSink open(OutputStream out) {
        return switch (this) {
            case CYTOSCAPE -> new CytoscapeSink(out);
            case GRAPHML -> new XmlGraphSink(out, false);
            case GEXF -> new XmlGraphSink(out, true);
            case FTM -> new FtmSink(out);
        };
    }

    public static Optional<GraphFormat> parse(String text) {
        return Arrays.stream(values())
                .filter(f -> f.code.equals(text.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
