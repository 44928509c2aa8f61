package org.influencegraph.graph;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Value;

/**
 * One value of a {@link Row}: a column, or an element or entry of one. The conversions are the driver's: asking
 * a value for a type it is not (a list as text) fails, and a null value gives the default when there is one.
 */
public final class Field {

    private final Value value;

    Field(Value value) {
        this.value = value;
    }

    public boolean isNull() {
        return value.isNull();
    }

    public String asString() {
        return value.asString();
    }

    public String asString(String ifNull) {
        return value.asString(ifNull);
    }

    public long asLong() {
        return value.asLong();
    }

    public long asLong(long ifNull) {
        return value.asLong(ifNull);
    }

    public int asInt() {
        return value.asInt();
    }

    public int asInt(int ifNull) {
        return value.asInt(ifNull);
    }

    public double asDouble() {
        return value.asDouble();
    }

    public double asDouble(double ifNull) {
        return value.asDouble(ifNull);
    }

    public boolean asBoolean() {
        return value.asBoolean();
    }

    public boolean asBoolean(boolean ifNull) {
        return value.asBoolean(ifNull);
    }

    /** The elements of a list, each read by {@code element}. */
    public <T> List<T> asList(Function<Field, T> element) {
        return value.asList(v -> element.apply(new Field(v)));
    }

    /** The elements of a list as plain Java values (text, Long, Double, Boolean, lists, maps). */
    public List<Object> asList() {
        return value.asList();
    }

    /** A map (or a node's or relationship's properties) as plain Java values. */
    public Map<String, Object> asMap() {
        return value.asMap();
    }

    /** The entry {@code key} of a map, or the property {@code key} of a node or relationship. */
    public Field get(String key) {
        return new Field(value.get(key));
    }

    /** The element {@code index} of a list. */
    public Field get(int index) {
        return new Field(value.get(index));
    }

    /** The number of elements of a list or entries of a map. */
    public int size() {
        return value.size();
    }

    /** The value as a plain Java value (text, Long, Double, Boolean, a list, a map, a date). */
    public Object asObject() {
        return value.asObject();
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
