package org.influencegraph.model;

/**
 * An event as one source reports it. {@code cameo} is a more specific CAMEO code than the type's own
 * (026 for an appeal to negotiate), or null for the type's.
 */
public record EventRecord(
        String id,
        EventType type,
        PartialDate date,
        PartialDate endDate,
        String cameo,
        String title,
        String description,
        Provenance report) {

    /** The CAMEO code of this event: its own if given, else its type's (null where CAMEO has none). */
    public String cameoCode() {
        return cameo != null ? cameo : type.cameo();
    }
}
