package org.influencegraph.model;

/** An event as one source reports it. */
public record EventRecord(String id, EventType type, PartialDate date, PartialDate endDate, String title,
        String description, Provenance report) {
}
