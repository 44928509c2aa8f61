package org.influencegraph.extract;

import edu.stanford.nlp.semgraph.semgrex.SemgrexParseException;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.influencegraph.Resources;
import org.influencegraph.model.EntityType;
import org.influencegraph.model.EventType;
import org.influencegraph.model.Role;
import org.influencegraph.model.TieType;

/**
 * The grammar rules of the article reader, kept as data: {@code extract/rules/*.rules} on the classpath, one file
 * per family of facts, with definitions any file may use ({@code ${NAME}}). A rule is a Semgrex pattern over the
 * sentence's Universal Dependencies graph whose named nodes fill the roles of an event:
 *
 * <pre>
 * define MEDIATE = /^(?:mediate|broker)$/
 *
 * rule mediation.verb-between
 *   fact       MEDIATION
 *   semgrex    {lemma:${MEDIATE}}=trigger &gt;nsubj {}=mediator &gt;/^obl:between$/ {}=party
 *   role       mediator MEDIATOR
 *   role       party PARTY 2
 *   confidence 0.9
 *   example    Oman mediated between Iran and the United States.
 *   counter    Oman refused to mediate.
 * </pre>
 *
 * A role line names a node, its role, and optionally how many actors it needs for a sure fact (fewer: a
 * candidate) and the kind of actor it takes (PERSON, ORGANIZATION, PLACE; otherwise any but a place). A role
 * marked {@code optional} may stay empty; {@code min N} is the number of distinct actors a fact needs (2 unless
 * said); {@code detail NODE} keeps the words under that node as the fact's detail. The node {@code @pair} is
 * no node of the pattern: it stands for the two sides the article last named together ("talks mediated by Wang
 * Yi" after "the foreign ministers of Saudi Arabia and Iran"), for a fact whose sentence names only one. Every file is read and checked
 * at start: an unknown macro or key, a role whose node the pattern does not name, a duplicate id or a pattern that
 * does not compile stops the start with the file and line.
 */
final class RuleCatalog {

    static final String FOLDER = "extract/rules";
    private static final Pattern MACRO = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    /** A lemma constraint of a node: {@code {lemma:meet}} or {@code {lemma:/^(?:meet|confer)$/;tag:VB}}. */
    private static final Pattern LEMMA = Pattern.compile("\\{lemma:(/(?:[^/\\\\]|\\\\.)*/|[^;}/]+)[;}]");

    private static final Pattern DEFINE = Pattern.compile("define\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.+)");
    private static final Pattern NODE_NAME = Pattern.compile("=([A-Za-z_][A-Za-z0-9_]*)");
    private static final Set<String> KEYS =
            Set.of("fact", "semgrex", "role", "confidence", "example", "counter", "min", "detail");
    /**
     * The definitions the matcher itself reads: what negates, what makes an event only possible or intended, and
     * the words for a state's people whose modifiers name the state ("Iranian negotiators"), and the verbs that
     * report a clause ("said Erdogan met Putin").
     */
    static final List<String> REQUIRED = List.of("NEGATION", "MODAL", "INTENT", "OF_STATE", "SAY");

    /** One role of a rule: the pattern's node that fills it, how many actors it needs, what kind it takes. */
    record RoleSpec(String node, Role role, int sure, boolean optional, EntityType kind) {

        /** Whether the role is filled from the article's context, not from a node of the pattern. */
        boolean pair() {
            return node.equals(PAIR);
        }
    }

    /** The role node that stands for the two sides the article last named together. */
    static final String PAIR = "@pair";

    /** A tie's ends, as a rule names its roles. */
    static final String FROM = "FROM";

    static final String TO = "TO";

    /** One rule: where it was written, what it finds and how, and the sentences it is tested with. */
    record Rule(
            String id,
            String file,
            int line,
            EventType fact,
            SemgrexPattern pattern,
            String source,
            List<RoleSpec> roles,
            double confidence,
            int min,
            String detail,
            List<String> examples,
            List<String> counters,
            Pattern trigger,
            TieType tie) {

        /** The fact's code as the data names it: an event type's ("mediation") or a tie type's ("leads"). */
        String code() {
            return tie != null ? tie.code() : fact.code();
        }

        /** The name of the node a match is grouped by: the trigger if the pattern names one, else the root. */
        String anchor() {
            return source.contains("=trigger") ? "trigger" : null;
        }
    }

    private final List<Rule> rules;
    private final Map<String, String> macros;

    private RuleCatalog(List<Rule> rules, Map<String, String> macros) {
        this.rules = List.copyOf(rules);
        this.macros = Map.copyOf(macros);
    }

    List<Rule> rules() {
        return rules;
    }

    /**
     * Whether some rule could match a sentence of these lemmas: one whose trigger lemma is among them, or one
     * that requires no lemma. A sentence no rule can match needs no dependency parse.
     */
    boolean mayMatch(Iterable<String> lemmas) {
        for (Rule rule : rules) {
            if (rule.trigger() == null) {
                return true;
            }
            for (String lemma : lemmas) {
                if (lemma != null && rule.trigger().matcher(lemma).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The lemma a rule cannot match without: its pattern's first lemma constraint, when nothing before it makes
     * it optional, negated or one of alternatives; else null (the rule may match any sentence). The regular
     * expressions of relations before it ({@code >/^nsubj(?::pass)?$/}) are left out of that test.
     */
    static Pattern requiredLemma(String source) {
        Matcher m = LEMMA.matcher(source);
        if (!m.find()
                || source.substring(0, m.start()).replaceAll("/[^/]*/", "").matches("(?s).*[\\[|?!@].*")) {
            return null;
        }
        String value = m.group(1);
        return value.startsWith("/") && value.endsWith("/") && value.length() > 1
                ? Pattern.compile(value.substring(1, value.length() - 1))
                : Pattern.compile(Pattern.quote(value));
    }

    /**
     * The catalog as the import guide lists it: a Markdown table, a row per rule with its fact, id and examples,
     * in the catalog's order.
     */
    String phrasings() {
        StringBuilder out = new StringBuilder("| fact | rule | examples |\n| --- | --- | --- |\n");
        for (Rule rule : rules) {
            out.append("| ")
                    .append(rule.code())
                    .append(" | `")
                    .append(rule.id())
                    .append("` | ")
                    .append(String.join(" · ", rule.examples()).replace("|", "\\|"))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** The value of a definition, as a regular expression without its slashes. */
    Pattern regex(String macro) {
        String value = macros.get(macro).strip();
        if (value.startsWith("/") && value.endsWith("/") && value.length() > 1) {
            value = value.substring(1, value.length() - 1);
        }
        return Pattern.compile(value);
    }

    private static volatile RuleCatalog shipped;

    /** The catalog shipped on the classpath, read and checked once. */
    static RuleCatalog shipped() {
        if (shipped == null) {
            synchronized (RuleCatalog.class) {
                if (shipped == null) {
                    Map<String, String> files = new LinkedHashMap<>();
                    for (String file : Resources.list(FOLDER)) {
                        if (file.endsWith(".rules")) {
                            files.put(file, Resources.read(file));
                        }
                    }
                    if (files.isEmpty()) {
                        throw new IllegalStateException("no extraction rules found in " + FOLDER);
                    }
                    shipped = parse(files);
                }
            }
        }
        return shipped;
    }

    /** Reads and checks a catalog: file name to text. Throws naming the file and line of the first fault. */
    static RuleCatalog parse(Map<String, String> files) {
        Map<String, String> macros = new LinkedHashMap<>();
        Map<String, String> definedAt = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            String[] lines = file.getValue().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.startsWith("define")) {
                    Matcher m = DEFINE.matcher(line);
                    String where = file.getKey() + ":" + (i + 1) + ": ";
                    if (!m.matches()) {
                        throw new IllegalStateException(where + "expected 'define NAME = VALUE'");
                    }
                    if (macros.containsKey(m.group(1))) {
                        throw new IllegalStateException(where + "'" + m.group(1) + "' is defined twice (first at "
                                + definedAt.get(m.group(1)) + ")");
                    }
                    macros.put(m.group(1), m.group(2).strip());
                    definedAt.put(m.group(1), file.getKey() + ":" + (i + 1));
                }
            }
        }
        for (String required : REQUIRED) {
            if (!macros.containsKey(required)) {
                throw new IllegalStateException(FOLDER + ": the matcher needs a definition of '" + required + "'");
            }
        }
        List<Rule> rules = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            String[] lines = file.getValue().split("\n", -1);
            Builder current = null;
            for (int i = 0; i < lines.length; i++) {
                String raw = lines[i];
                String line = raw.strip();
                String where = file.getKey() + ":" + (i + 1) + ": ";
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("define")) {
                    continue;
                }
                if (!Character.isWhitespace(raw.charAt(0))) {
                    if (current != null) {
                        rules.add(current.build(macros));
                    }
                    String[] head = line.split("\\s+");
                    if (!head[0].equals("rule") || head.length != 2) {
                        throw new IllegalStateException(
                                where + "expected 'rule ID', 'define NAME = VALUE' or an" + " indented key");
                    }
                    if (ids.containsKey(head[1])) {
                        throw new IllegalStateException(
                                where + "duplicate rule id '" + head[1] + "' (first at " + ids.get(head[1]) + ")");
                    }
                    ids.put(head[1], file.getKey() + ":" + (i + 1));
                    current = new Builder(head[1], file.getKey(), i + 1);
                    continue;
                }
                if (current == null) {
                    throw new IllegalStateException(where + "a key outside a rule");
                }
                String[] kv = line.split("\\s+", 2);
                if (!KEYS.contains(kv[0])) {
                    throw new IllegalStateException(where + "unknown key '" + kv[0] + "' (known: "
                            + String.join(", ", KEYS.stream().sorted().toList()) + ")");
                }
                if (kv.length < 2) {
                    throw new IllegalStateException(where + "'" + kv[0] + "' needs a value");
                }
                current.add(kv[0], kv[1].strip(), where, macros);
            }
            if (current != null) {
                rules.add(current.build(macros));
            }
        }
        return new RuleCatalog(rules, macros);
    }

    /** A rule as its lines are read. */
    private static final class Builder {
        final String id;
        final String file;
        final int line;
        EventType fact;
        TieType tie;
        String source;
        SemgrexPattern pattern;
        int patternLine;
        final List<RoleSpec> roles = new ArrayList<>();
        final List<Integer> roleLines = new ArrayList<>();
        /** A tie rule's FROM and TO nodes. */
        final Map<String, String> ends = new LinkedHashMap<>();

        Double confidence;
        int min = 2;
        String detail;
        int detailLine;
        final List<String> examples = new ArrayList<>();
        final List<String> counters = new ArrayList<>();

        Builder(String id, String file, int line) {
            this.id = id;
            this.file = file;
            this.line = line;
        }

        void add(String key, String value, String where, Map<String, String> macros) {
            switch (key) {
                case "fact" -> {
                    String name = value.toUpperCase(Locale.ROOT).replace('-', '_');
                    try {
                        fact = EventType.valueOf(name);
                    } catch (IllegalArgumentException e) {
                        try {
                            // A tie: from one actor to another ("leads"), its roles FROM and TO.
                            tie = TieType.valueOf(name);
                        } catch (IllegalArgumentException notTie) {
                            throw new IllegalStateException(where + "unknown fact type '" + value + "'");
                        }
                    }
                }
                case "semgrex" -> {
                    if (source != null) {
                        throw new IllegalStateException(where + "a rule has one pattern; give another its own rule");
                    }
                    source = expand(value, macros, where);
                    patternLine = Integer.parseInt(where.replaceAll("^.*:(\\d+): $", "$1"));
                    try {
                        pattern = SemgrexPattern.compile(source);
                    } catch (SemgrexParseException | IllegalArgumentException | StackOverflowError e) {
                        throw new IllegalStateException(where + "the pattern does not compile: "
                                + e.getMessage().lines().findFirst().orElse(""));
                    }
                }
                case "role" -> {
                    String[] parts = value.split("\\s+");
                    if (parts.length < 2) {
                        throw new IllegalStateException(where + "expected 'role NODE ROLE [N] [optional] [KIND]'");
                    }
                    // A tie's two ends are FROM and TO: no role of an event's (null).
                    boolean end = parts[1].equals(FROM) || parts[1].equals(TO);
                    Role role = end
                            ? null
                            : Role.parse(parts[1])
                                    .orElseThrow(
                                            () -> new IllegalStateException(where + "unknown role '" + parts[1] + "'"));
                    int sure = -1;
                    boolean optional = false;
                    EntityType kind = null;
                    for (int p = 2; p < parts.length; p++) {
                        if (parts[p].matches("\\d")) {
                            sure = Integer.parseInt(parts[p]);
                        } else if (parts[p].equals("optional")) {
                            optional = true;
                        } else {
                            try {
                                kind = EntityType.valueOf(parts[p]);
                            } catch (IllegalArgumentException e) {
                                throw new IllegalStateException(where + "unknown word '" + parts[p]
                                        + "' in a role (a count, 'optional', PERSON, ORGANIZATION or PLACE)");
                            }
                        }
                    }
                    if (end) {
                        ends.put(parts[1], parts[0]);
                    }
                    roles.add(new RoleSpec(parts[0], role, sure >= 0 ? sure : optional ? 0 : 1, optional, kind));
                    roleLines.add(Integer.parseInt(where.replaceAll("^.*:(\\d+): $", "$1")));
                }
                case "confidence" -> {
                    try {
                        confidence = Double.parseDouble(value);
                    } catch (NumberFormatException e) {
                        confidence = -1.0;
                    }
                    if (confidence <= 0 || confidence > 1) {
                        throw new IllegalStateException(where + "confidence must be a number in (0, 1]");
                    }
                }
                case "min" -> {
                    if (!value.matches("[1-9]")) {
                        throw new IllegalStateException(where + "min must be a number of actors, 1 to 9");
                    }
                    min = Integer.parseInt(value);
                }
                case "detail" -> {
                    detail = value;
                    detailLine = Integer.parseInt(where.replaceAll("^.*:(\\d+): $", "$1"));
                }
                case "example" -> examples.add(value);
                case "counter" -> counters.add(value);
                default -> throw new IllegalStateException(where + "unknown key '" + key + "'");
            }
        }

        Rule build(Map<String, String> macros) {
            String where = file + ":" + line + ": rule " + id + ": ";
            if (fact == null && tie == null) {
                throw new IllegalStateException(where + "has no 'fact'");
            }
            if (tie != null && (ends.size() != 2 || roles.size() != 2)) {
                throw new IllegalStateException(where + "a tie has two roles, FROM and TO, and no other");
            }
            if (tie == null && !ends.isEmpty()) {
                throw new IllegalStateException(where + "FROM and TO are a tie's roles, not an event's");
            }
            if (tie != null
                    && roles.get(0).role() == null
                    && !roles.get(0).node().equals(ends.get(FROM))) {
                // The tie's FROM first, as a tie's actors are read.
                java.util.Collections.swap(roles, 0, 1);
                java.util.Collections.swap(roleLines, 0, 1);
            }
            if (pattern == null) {
                throw new IllegalStateException(where + "has no 'semgrex' pattern");
            }
            if (roles.isEmpty()) {
                throw new IllegalStateException(where + "has no 'role'");
            }
            if (confidence == null) {
                throw new IllegalStateException(where + "has no 'confidence'");
            }
            if (examples.isEmpty()) {
                throw new IllegalStateException(where + "has no 'example' sentence");
            }
            Set<String> named = new java.util.HashSet<>();
            Matcher m = NODE_NAME.matcher(source);
            while (m.find()) {
                named.add(m.group(1));
            }
            for (int r = 0; r < roles.size(); r++) {
                if (!roles.get(r).pair() && !named.contains(roles.get(r).node())) {
                    throw new IllegalStateException(file + ":" + roleLines.get(r) + ": rule " + id + ": role '"
                            + roles.get(r).node() + "' is no named node of its pattern (line " + patternLine + ")");
                }
            }
            if (detail != null && !named.contains(detail)) {
                throw new IllegalStateException(file + ":" + detailLine + ": rule " + id + ": detail '" + detail
                        + "' is no named node of its pattern (line " + patternLine + ")");
            }
            return new Rule(
                    id,
                    file,
                    line,
                    fact,
                    pattern,
                    source,
                    List.copyOf(roles),
                    confidence,
                    min,
                    detail,
                    List.copyOf(examples),
                    List.copyOf(counters),
                    requiredLemma(source),
                    tie);
        }
    }

    private static String expand(String text, Map<String, String> macros, String where) {
        Matcher m = MACRO.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = macros.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(where + "unknown macro ${" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
