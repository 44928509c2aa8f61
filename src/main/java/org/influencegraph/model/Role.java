package org.influencegraph.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The role an entity plays in an event. Each role is a relationship type from the entity to the event,
 * so "who mediated" is {@code (m)-[:MEDIATOR]->(e:Event)}.
 */
public enum Role {
    MEDIATOR,
    PARTY,
    PARTICIPANT,
    HOST,
    INITIATOR,
    TARGET,
    SUBJECT,
    LOCATION;

    private static final Map<String, Role> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Role::code, t -> t));

    public String relationshipType() {
        return name();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        return Optional.ofNullable(BY_CODE.get(text.trim().toLowerCase(Locale.ROOT)));
    }
}
