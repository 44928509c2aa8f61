package org.influencegraph.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

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

    public String relationshipType() {
        return name();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<TieType> parse(String text) {
        String wanted = text.trim().replace('_', '-');
        return Arrays.stream(values()).filter(t -> t.code().equalsIgnoreCase(wanted)).findFirst();
    }
}
