package org.influencegraph.model;

import java.util.List;
import java.util.Map;

/**
 * A person, organization or place as one source mentions it; {@code mention} is null when no source is named.
 * {@code extras} carries what data sets bring beyond the native columns.
 */
public record EntityRecord(
        String id,
        EntityType type,
        String name,
        List<String> aliases,
        String kind,
        String country,
        String description,
        String note,
        Provenance mention,
        Extras extras) {

    public EntityRecord(
            String id,
            EntityType type,
            String name,
            List<String> aliases,
            String kind,
            String country,
            String description,
            String note,
            Provenance mention) {
        this(id, type, name, aliases, kind, country, description, note, mention, Extras.NONE);
    }

    /**
     * Attributes from a data set (birth dates, registration numbers; each a list of texts, stored under its
     * own name), the ids the entity has in other data sets, and whether this record only adds to an entity
     * already in the graph (a match found by entity resolution) rather than stating it.
     */
    public record Extras(Map<String, List<String>> attributes, List<String> externalIds, boolean addOnly) {
        public static final Extras NONE = new Extras(Map.of(), List.of(), false);
    }

    /** The same record made to add its names, attributes and mention to another entity, already in the graph. */
    public EntityRecord addingTo(String existingId) {
        List<String> external = new java.util.ArrayList<>(extras.externalIds());
        if (!external.contains(id)) {
            external.add(id);
        }
        List<String> names = new java.util.ArrayList<>(aliases);
        if (!names.contains(name)) {
            names.add(0, name);
        }
        return new EntityRecord(
                existingId,
                type,
                name,
                names,
                null,
                null,
                null,
                null,
                mention,
                new Extras(extras.attributes(), external, true));
    }
}
