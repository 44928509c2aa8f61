package org.influencegraph.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an entity is; the name is also its Neo4j label, next to the common label {@code Entity}. */
public enum EntityType {
    PERSON("Person"),
    ORGANIZATION("Organization"),
    PLACE("Place");

    private static final Map<String, EntityType> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EntityType::code, t -> t));

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
        return Optional.ofNullable(BY_CODE.get(text.trim().toLowerCase(Locale.ROOT)));
    }
}
