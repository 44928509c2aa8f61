package org.influencegraph.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

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

    public String relationshipType() {
        return name();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        return Arrays.stream(values()).filter(r -> r.code().equalsIgnoreCase(text.trim())).findFirst();
    }
}
