package org.influencegraph.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of event the graph records, each with its CAMEO code where CAMEO has one, so that
 * GDELT-style data lines up.
 */
public enum EventType {
    MEDIATION("045"),
    NEGOTIATION("046"),
    MEETING("040"),
    PHONE_CALL("041"),
    VISIT("042"),
    APPEAL("020"),
    STATEMENT("010"),
    SUPPORT("050"),
    PRESSURE("170"),
    ARREST("173"),
    SENTENCE(null),
    RELEASE("0841"),
    APPOINTMENT(null),
    ELECTION(null),
    PROTEST("140"),
    MUTINY(null),
    SANCTION("163"),
    DEPLOYMENT("150"),
    AGREEMENT("057"),
    ACCUSATION("112"),
    THREAT("130"),
    ATTACK("190"),
    OTHER(null);

    private static final Map<String, EventType> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::code, t -> t));

    private final String cameo;

    EventType(String cameo) {
        this.cameo = cameo;
    }

    /** The CAMEO code, or null where CAMEO has none. */
    public String cameo() {
        return cameo;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<EventType> parse(String text) {
        return Optional.ofNullable(BY_CODE.get(text.trim().toLowerCase(Locale.ROOT)));
    }
}
