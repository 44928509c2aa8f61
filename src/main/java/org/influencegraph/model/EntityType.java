package org.influencegraph.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an entity is; the name is also its Neo4j label, next to the common label {@code Entity}. */
public enum EntityType {
    PERSON("Person"),
    ORGANIZATION("Organization"),
    PLACE("Place");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EntityType> parse(String text) {
        return Arrays.stream(values()).filter(t -> t.code().equalsIgnoreCase(text.trim())).findFirst();
    }
}
