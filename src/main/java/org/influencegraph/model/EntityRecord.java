package org.influencegraph.model;

import java.util.List;

/** A person, organization or place as one source mentions it; {@code mention} is null when no source is named. */
public record EntityRecord(String id, EntityType type, String name, List<String> aliases, String kind, String country,
        String description, String note, Provenance mention) {
}
