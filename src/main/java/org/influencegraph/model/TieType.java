package org.influencegraph.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Lasting relations between two entities; each is a relationship type, read "from TYPE to". */
public enum TieType {
    MEMBER_OF,
    LEADS,
    EMPLOYED_BY,
    ADVISES,
    FAMILY,
    ALLY_OF,
    SUPPORTS,
    OPPOSES,
    CONTROLS,
    OWNS,
    DIRECTOR_OF,
    ASSOCIATE_OF,
    REPRESENTS,
    LOCATED_IN,
    RELATED_TO,
    POSSIBLY_SAME_AS;

    private static final Map<String, TieType> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(TieType::code, t -> t));

    public String relationshipType() {
        return name();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<TieType> parse(String text) {
        return Optional.ofNullable(BY_CODE.get(text.trim().replace('_', '-').toLowerCase(Locale.ROOT)));
    }
}
