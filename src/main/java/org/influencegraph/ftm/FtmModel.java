package org.influencegraph.ftm;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.influencegraph.model.EntityType;
import org.influencegraph.model.Role;
import org.influencegraph.model.TieType;

/**
 * How FollowTheMoney schemata (followthemoney.tech, {@code defaultModel.json}) map onto the influence-graph
 * model, both ways: the importer reads with it and the exporter writes with it, so that an export imports
 * back to the same graph.
 */
public final class FtmModel {

    /** What a schema becomes. */
    public enum Kind {
        /** A person, organization or place. */
        NODE,
        /** A document that states facts. */
        SOURCE,
        /**
         * An interval between two entities: a tie. {@link TieType#RELATED_TO} for an {@code UnknownLink},
         * whose role may name a tie type or, towards an event, a role.
         */
        TIE,
        /** An event: organizer and involved parties become its initiators and participants. */
        EVENT,
        /** A sanction: an event of type sanction whose target is the sanctioned entity. */
        SANCTION,
        /** An identity document: a number added to its holder's identifiers. */
        IDENTIFICATION
    }

    /**
     * A schema's mapping: for nodes their type and kind; for ties their type, the FtM properties of their two
     * ends ({@code from}, {@code to}) and of their role.
     */
    public record Mapping(
            Kind kind, EntityType type, String nodeKind, TieType tieType, String from, String to, String roleProperty) {

        static Mapping node(EntityType type, String kind) {
            return new Mapping(Kind.NODE, type, kind, null, null, null, null);
        }

        static Mapping tie(TieType type, String from, String to, String roleProperty) {
            return new Mapping(Kind.TIE, null, null, type, from, to, roleProperty);
        }

        static Mapping of(Kind kind) {
            return new Mapping(kind, null, null, null, null, null, null);
        }
    }

    public static final String UNKNOWN_LINK = "UnknownLink";

    /**
     * An entity's kind that its schema does not imply ("armed group" for an {@code Organization}) travels as a
     * keyword with this prefix.
     */
    public static final String KIND_KEYWORD = "kind:";

    private static final Map<String, Mapping> SCHEMATA = Map.ofEntries(
            Map.entry("Person", Mapping.node(EntityType.PERSON, null)),
            Map.entry("Organization", Mapping.node(EntityType.ORGANIZATION, null)),
            Map.entry("Company", Mapping.node(EntityType.ORGANIZATION, "company")),
            Map.entry("PublicBody", Mapping.node(EntityType.ORGANIZATION, "public body")),
            Map.entry("LegalEntity", Mapping.node(EntityType.ORGANIZATION, "legal entity")),
            Map.entry("Address", Mapping.node(EntityType.PLACE, "address")),
            Map.entry("Article", Mapping.of(Kind.SOURCE)),
            Map.entry("Document", Mapping.of(Kind.SOURCE)),
            Map.entry("PlainText", Mapping.of(Kind.SOURCE)),
            Map.entry("HyperText", Mapping.of(Kind.SOURCE)),
            Map.entry("Pages", Mapping.of(Kind.SOURCE)),
            Map.entry("Membership", Mapping.tie(TieType.MEMBER_OF, "member", "organization", "role")),
            Map.entry("Directorship", Mapping.tie(TieType.DIRECTOR_OF, "director", "organization", "role")),
            Map.entry("Employment", Mapping.tie(TieType.EMPLOYED_BY, "employee", "employer", "role")),
            Map.entry("Ownership", Mapping.tie(TieType.OWNS, "owner", "asset", "role")),
            Map.entry("Family", Mapping.tie(TieType.FAMILY, "person", "relative", "relationship")),
            Map.entry("Associate", Mapping.tie(TieType.ASSOCIATE_OF, "person", "associate", "relationship")),
            Map.entry("Representation", Mapping.tie(TieType.REPRESENTS, "agent", "client", "role")),
            Map.entry("Succession", Mapping.tie(TieType.RELATED_TO, "predecessor", "successor", "role")),
            Map.entry(UNKNOWN_LINK, Mapping.tie(TieType.RELATED_TO, "subject", "object", "role")),
            Map.entry("Event", Mapping.of(Kind.EVENT)),
            Map.entry("Sanction", Mapping.of(Kind.SANCTION)),
            Map.entry("Identification", Mapping.of(Kind.IDENTIFICATION)),
            Map.entry("Passport", Mapping.of(Kind.IDENTIFICATION)));

    /** Node properties that the model maps itself; every other literal property is kept as an attribute. */
    public static final Set<String> MAPPED_NODE_PROPERTIES = Set.of(
            "name",
            "alias",
            "previousName",
            "country",
            "nationality",
            "jurisdiction",
            "summary",
            "description",
            "notes",
            "sourceUrl",
            "addressEntity",
            "full",
            "proof",
            "parent",
            "mainCompany");

    /** Properties of our nodes that an attribute from a data set must never overwrite. */
    public static final Set<String> OWN_NODE_PROPERTIES = Set.of(
            "id", "name", "kind", "country", "description", "note", "aliases", "keys", "externalIds", "identifiers");

    private FtmModel() {}

    public static Optional<Mapping> mapping(String schema) {
        return Optional.ofNullable(SCHEMATA.get(schema));
    }

    /** The schema a tie type is written as; types FtM has no interval for are written as {@code UnknownLink}. */
    public static String schemaOf(TieType type) {
        return switch (type) {
            case MEMBER_OF -> "Membership";
            case DIRECTOR_OF -> "Directorship";
            case EMPLOYED_BY -> "Employment";
            case OWNS -> "Ownership";
            case FAMILY -> "Family";
            case ASSOCIATE_OF -> "Associate";
            case REPRESENTS -> "Representation";
            default -> UNKNOWN_LINK;
        };
    }

    /** The kind the schema of a node implies (null for none). */
    public static String impliedKind(String schema) {
        Mapping m = SCHEMATA.get(schema);
        return m == null ? null : m.nodeKind();
    }

    /** The schema a node is written as. */
    public static String schemaOf(EntityType type, String kind) {
        return switch (type) {
            case PERSON -> "Person";
            case PLACE -> "Address";
            case ORGANIZATION ->
                "company".equals(kind) ? "Company" : "public body".equals(kind) ? "PublicBody" : "Organization";
        };
    }

    /**
     * An {@code UnknownLink} role that names a tie type ("advises" or "advises: senior adviser"): the type and
     * the rest of the role (null when none).
     */
    public record NamedTie(TieType type, String role) {}

    public static Optional<NamedTie> namedTie(String role) {
        String[] parts = headAndRest(role);
        return parts == null ? Optional.empty() : TieType.parse(parts[0]).map(t -> new NamedTie(t, parts[1]));
    }

    /** A role text split at its first colon into a head and the rest (null when empty); null for no text. */
    private static String[] headAndRest(String role) {
        if (role == null) {
            return null;
        }
        int colon = role.indexOf(':');
        String rest = colon < 0 ? null : role.substring(colon + 1).strip();
        return new String[] {colon < 0 ? role : role.substring(0, colon), rest == null || rest.isEmpty() ? null : rest};
    }

    /** A role in an event and its detail, as an {@code UnknownLink} towards an event names them. */
    public record NamedRole(Role role, String detail) {}

    /** The role an {@code UnknownLink} towards an event names ("mediator", "subject: start a dialogue"). */
    public static Optional<NamedRole> namedRole(String role) {
        String[] parts = headAndRest(role);
        return parts == null
                ? Optional.empty()
                : Role.parse(parts[0].toLowerCase(Locale.ROOT)).map(r -> new NamedRole(r, parts[1]));
    }

    /** Writes a tie's type and role as an {@code UnknownLink} role. */
    public static String unknownLinkRole(TieType type, String role) {
        return role == null ? type.code() : type.code() + ": " + role;
    }

    public static final List<String> SOURCE_SCHEMATA =
            List.of("Article", "Document", "PlainText", "HyperText", "Pages");
}
