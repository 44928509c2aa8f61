package org.influencegraph.model;

/** An article or document that states facts. */
public record SourceRecord(
        String id, String title, String publisher, String author, PartialDate date, String url, String kind) {}
