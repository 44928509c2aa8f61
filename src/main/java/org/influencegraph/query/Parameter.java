package org.influencegraph.query;

import java.time.LocalDate;
import org.influencegraph.model.PartialDate;

/**
 * A parameter of a canned query, as its file's header declares it:
 * {@code // param: limit integer(1..1000) 100 at most this many rows}.
 */
public record Parameter(
        String name,
        Type type,
        boolean required,
        String defaultValue,
        long min,
        long max,
        String description,
        java.util.List<String> choices) {

    /** A parameter that takes any value of its type within its bounds. */
    public Parameter(
            String name, Type type, boolean required, String defaultValue, long min, long max, String description) {
        this(name, type, required, defaultValue, min, max, description, java.util.List.of());
    }

    public Parameter {
        choices = java.util.List.copyOf(choices);
    }

    /** What a parameter takes, and how text from a URL or a command line becomes its value. */
    public enum Type {
        /** An entity: its id, name or alias; resolved to the id before the query runs. */
        ACTOR("actor"),
        STRING("string"),
        INTEGER("integer"),
        /** A date as precise as known (2020, 2020-10, 2020-10-10), taken as its first day. */
        START_DATE("start-date"),
        /** A date as precise as known, taken as its last day. */
        END_DATE("end-date");

        private final String code;

        Type(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * The value of this parameter from its text, or an {@link IllegalArgumentException} that says what
     * is wrong with it. Actors stay text here: resolving them needs the database.
     */
    public Object convert(String text) {
        return switch (type) {
            case ACTOR -> text;
            case STRING -> {
                if (!choices.isEmpty() && !choices.contains(text.strip())) {
                    throw new IllegalArgumentException(
                            "expected one of " + String.join(", ", choices) + ", got '" + text + "'");
                }
                yield choices.isEmpty() ? text : text.strip();
            }
            case INTEGER -> {
                long value;
                try {
                    value = Long.parseLong(text.trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected a whole number, got '" + text + "'");
                }
                if (value < min || value > max) {
                    throw new IllegalArgumentException(
                            "expected a number from " + min + " to " + max + ", got " + value);
                }
                yield value;
            }
            case START_DATE, END_DATE -> {
                PartialDate date = PartialDate.parse(text.trim())
                        .orElseThrow(() -> new IllegalArgumentException(
                                "expected a date as 2020, 2020-10 or 2020-10-10, got '" + text + "'"));
                LocalDate day = type == Type.START_DATE ? date.first() : date.last();
                yield day.toString();
            }
        };
    }
}
