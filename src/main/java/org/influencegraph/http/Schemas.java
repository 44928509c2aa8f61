package org.influencegraph.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OpenAPI schemas generated from the records the handlers answer with, so that the document describes the
 * very types that Jackson writes: each record a component, its fields typed, nested records by reference.
 */
final class Schemas {

    private final Map<String, Object> components = new LinkedHashMap<>();
    private final Map<String, Class<?>> named = new HashMap<>();

    /** A reference to the schema of {@code type}, adding it (and the records it holds) to the components. */
    Map<String, Object> of(Class<?> type) {
        return schema(type);
    }

    Map<String, Object> components() {
        return components;
    }

    static Map<String, Object> arrayOf(Map<String, Object> items) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "array");
        s.put("items", items);
        return s;
    }

    private Map<String, Object> schema(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
                return arrayOf(schema(args[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of(
                        "type", "object", "additionalProperties", args[1] == Object.class ? Map.of() : schema(args[1]));
            }
            return schema(raw);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class || c.isEnum()) {
            return Map.of("type", "string");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c == int.class || c == long.class || c == Integer.class || c == Long.class) {
            return Map.of("type", "integer");
        }
        if (c == double.class || c == float.class || c == Double.class || c == Float.class) {
            return Map.of("type", "number");
        }
        if (c.isRecord()) {
            String name = name(c);
            if (!components.containsKey(name)) {
                components.put(name, Map.of());
                Map<String, Object> properties = new LinkedHashMap<>();
                for (RecordComponent rc : c.getRecordComponents()) {
                    JsonProperty renamed = rc.getAccessor().getAnnotation(JsonProperty.class);
                    String property = renamed == null || renamed.value().isEmpty() ? rc.getName() : renamed.value();
                    properties.put(property, schema(rc.getGenericType()));
                }
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("type", "object");
                s.put("properties", properties);
                components.put(name, s);
            }
            return Map.of("$ref", "#/components/schemas/" + name);
        }
        // Values a query answers with: text, numbers, lists, maps, nodes, edges.
        return Map.of();
    }

    /** The component name of a record: its simple name, qualified by its enclosing class where two share it. */
    private String name(Class<?> record) {
        String name = record.getSimpleName();
        Class<?> holder = named.putIfAbsent(name, record);
        if (holder == null || holder == record || record.getEnclosingClass() == null) {
            return name;
        }
        return record.getEnclosingClass().getSimpleName() + name;
    }
}
