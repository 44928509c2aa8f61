package org.influencegraph.model;

import java.util.Map;

/**
 * Where a fact comes from: the source that states it, a short quote, who produced it and how sure it is;
 * {@code details} holds what a data set adds (its record id, source link, first and last seen).
 */
public record Provenance(String source, String quote, String producer, double confidence, Map<String, Object> details) {

    public static final String CURATED = "curated";

    public Provenance(String source, String quote, String producer, double confidence) {
        this(source, quote, producer, confidence, Map.of());
    }
}
