package org.influencegraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The relationship types written in the queries (cypher/**) against the enums: every type a query names exists,
 * and a list of tie types or roles (a pattern naming most of them) leaves out only the ones listed here, each for
 * a reason; so a tie type or role added to the enums and forgotten in a query fails this test.
 */
class CypherTypeListsTest {

    /** Types the model writes besides ties and roles: provenance, syndication, merge snapshots, schema bookkeeping. */
    private static final Set<String> STRUCTURAL =
            Set.of("MENTIONED_IN", "REPORTED_IN", "COPY_OF", "SNAPSHOT", "MIGRATED_TO");

    /** Ties a list of influence ties may leave out: where an entity is, and a doubt about identity. */
    private static final Set<String> TIES_LEFT_OUT = Set.of("LOCATED_IN", "POSSIBLY_SAME_AS");

    /** Roles a list of participants may leave out: the place of an event, and what it is about. */
    private static final Set<String> ROLES_LEFT_OUT = Set.of("LOCATION", "SUBJECT");

    private static final Pattern RELATIONSHIP = Pattern.compile("\\[\\w*:([A-Z_]+(?:\\|[A-Z_]+)*)");

    private record TypeList(String file, int line, List<String> types) {
        @Override
        public String toString() {
            return file + ":" + line + " " + String.join("|", types);
        }
    }

    private static List<TypeList> lists() throws IOException {
        List<TypeList> lists = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("cypher"))) {
            files = walk.filter(p -> p.toString().endsWith(".cypher")).sorted().toList();
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().startsWith("//")) {
                    continue;
                }
                Matcher m = RELATIONSHIP.matcher(lines.get(i));
                while (m.find()) {
                    lists.add(new TypeList(
                            file.toString(), i + 1, Arrays.asList(m.group(1).split("\\|"))));
                }
            }
        }
        return lists;
    }

    private static Set<String> ties() {
        return Arrays.stream(TieType.values()).map(TieType::relationshipType).collect(Collectors.toSet());
    }

    private static Set<String> roles() {
        return Arrays.stream(Role.values()).map(Role::relationshipType).collect(Collectors.toSet());
    }

    @Test
    void the_queries_name_relationship_types() throws IOException {
        assertThat(lists()).hasSizeGreaterThan(20);
    }

    @Test
    void every_relationship_type_a_query_names_is_a_tie_a_role_or_a_structural_type() throws IOException {
        Set<String> known = new TreeSet<>(STRUCTURAL);
        known.addAll(ties());
        known.addAll(roles());
        List<String> unknown = new ArrayList<>();
        for (TypeList list : lists()) {
            for (String type : list.types()) {
                if (!known.contains(type)) {
                    unknown.add(list.file() + ":" + list.line() + " " + type);
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void every_list_of_ties_or_roles_leaves_out_only_the_types_meant_to_be_left_out() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (TypeList list : lists()) {
            check(list, ties(), TIES_LEFT_OUT, wrong);
            check(list, roles(), ROLES_LEFT_OUT, wrong);
        }
        assertThat(wrong).isEmpty();
    }

    /** A list naming more than half of {@code all} is a list of all of them, less those {@code mayLeaveOut}. */
    private static void check(TypeList list, Set<String> all, Set<String> mayLeaveOut, List<String> wrong) {
        Set<String> named = new LinkedHashSet<>(list.types());
        named.retainAll(all);
        if (named.size() * 2 <= all.size()) {
            return;
        }
        Set<String> missing = new TreeSet<>(all);
        missing.removeAll(named);
        missing.removeAll(mayLeaveOut);
        if (!missing.isEmpty()) {
            wrong.add(list + " lacks " + missing);
        }
    }
}
