package org.influencegraph.names;

/**
 * Every feature that name and entity matching weighs, with its weight: the one table of numbers behind
 * {@link NameMatcher}, {@link DuplicateFinder} and {@link EntityMatcher}, kept together as nomenklatura keeps its
 * {@code Feature → weight} list, so that tuning is done here and read here. A weight is a similarity (how alike
 * two words are when the feature holds), a factor (multiplied into a score), an addend (added to a pair's score)
 * or a threshold (the score from which a decision is taken), as its kind says.
 */
public enum Feature {

    // How alike two words are (NameMatcher.wordSimilarity).
    WORD_SAME_SOUND(Kind.SIMILARITY, 0.97, "the words sound the same in some romanization (Lukashenko, Lukaschenko)"),
    WORD_INITIAL(Kind.SIMILARITY, 0.85, "a one-letter word and a word of that initial (V. / Vladimir)"),
    WORD_GENDER_FORMS(Kind.SIMILARITY, 0.7, "male and female forms of one surname (Karimov, Karimova): two people"),
    WORD_SAME_CONSONANTS(Kind.SIMILARITY, 0.9, "the least similarity of two words whose consonants agree"),
    WORD_DIFFERS(Kind.THRESHOLD, 0.85, "below this two aligned words differ (Dmitry, Andrei)"),

    // How alike two names are (NameMatcher.compare).
    NAME_UNMATCHED_WORD(Kind.FACTOR, 0.96, "each word of one name with no counterpart in the other"),
    NAME_DIFFERS_CAP(
            Kind.THRESHOLD,
            0.6,
            "the most two names score when a word, patronymic, generation (Sr., Jr.), "
                    + "ordinal numeral (II, III) or legal form (Corp., LLC) differs"),
    SAME_NAME(Kind.THRESHOLD, 0.85, "from this score two names are one name (search answers, review proposals)"),
    STRONG_NAME(
            Kind.THRESHOLD,
            0.9,
            "from this score, every word matched, an imported record is folded into the "
                    + "graph entity of that name"),

    // What a search answers and which actor a spelling names (EntitySearch, ActorResolver).
    SEARCH_FLOOR(Kind.THRESHOLD, 0.5, "entities whose names score less are not among a search's answers"),
    SEARCH_COMPLETED_WORD(Kind.FACTOR, 0.95, "a name matched by completing the last word typed (Lukash...)"),
    ACTOR_SURE(Kind.THRESHOLD, 0.9, "a spelling names the closest actor from this score ..."),
    ACTOR_MARGIN(Kind.THRESHOLD, 0.05, "... and when the next actor scores at least this much less"),

    // How alike two entities of the graph are (DuplicateFinder).
    PAIR_NAME_FLOOR(Kind.THRESHOLD, 0.55, "pairs whose names score less are not weighed"),
    PAIR_EXTRA_WORD_PERSON(
            Kind.FACTOR,
            0.85,
            "each word of one person's name not in the other's (a name inside a "
                    + "longer one finds an entity, but two entities are one only if their names are)"),
    PAIR_EXTRA_WORD_OTHER(
            Kind.FACTOR,
            0.7,
            "each word of an organization's or place's name not in the other's " + "(Russia, Russian army)"),
    PAIR_ONE_WORD_PERSON(Kind.FACTOR, 0.8, "two people matched on one-word names only (Oreshkin)"),
    PAIR_SHORT_WORD_OTHER(
            Kind.FACTOR,
            0.9,
            "two organizations or places matched on one short word (under six "
                    + "letters) that is not the same word (CNA, Chain): short words sound alike by chance"),
    PAIR_OTHER_DESIGNATOR(
            Kind.THRESHOLD,
            0.6,
            "the most two company names score, one with a legal form, when one "
                    + "says Holding or Group and the other does not (721 33H Holdings LLC, 721 33H LLC): another company"),
    PAIR_POSSIBLY_SAME(Kind.ADDEND, 0.2, "a recorded doubt that the two are one (POSSIBLY_SAME_AS)"),
    PAIR_SHARED_NEIGHBOUR(Kind.ADDEND, 0.03, "each entity both people are tied to, three at most"),
    PAIR_SHARED_EVENT(Kind.ADDEND, 0.03, "both people take part in one event"),
    PAIR_SHARED_SOURCE(Kind.ADDEND, 0.02, "both people are mentioned in one source"),
    PAIR_SAME_COUNTRY(Kind.ADDEND, 0.02, "both people have the same country"),
    PAIR_OTHER_COUNTRY(Kind.ADDEND, -0.2, "the two have different countries"),
    PAIR_MOST(Kind.THRESHOLD, 0.99, "the highest score a proposed pair gets: a journalist decides");

    /** How a weight enters a score. */
    public enum Kind {
        /** How alike two words are when the feature holds. */
        SIMILARITY,
        /** Multiplied into a score. */
        FACTOR,
        /** Added to a pair's score. */
        ADDEND,
        /** A score from which a decision is taken. */
        THRESHOLD
    }

    private final Kind kind;
    private final double weight;
    private final String description;

    Feature(Kind kind, double weight, String description) {
        this.kind = kind;
        this.weight = weight;
        this.description = description;
    }

    public Kind kind() {
        return kind;
    }

    public double weight() {
        return weight;
    }

    public String description() {
        return description;
    }
}
