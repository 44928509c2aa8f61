package org.influencegraph.model;

/** Where a fact comes from: the source that states it, a short quote, who produced it and how sure it is. */
public record Provenance(String source, String quote, String producer, double confidence) {

    public static final String CURATED = "curated";
}
