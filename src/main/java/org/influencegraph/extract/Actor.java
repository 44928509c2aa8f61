package org.influencegraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.influencegraph.model.EntityType;
import org.influencegraph.names.NameKeys;

/**
 * One actor of the article: a person, an organization or a place, with every name it went by, and what the
 * article has said of it so far.
 */
final class Actor {
    final int index;
    final EntityType type;
    String name;
    final Set<String> names = new LinkedHashSet<>();
    String description;
    /** Every title the article gave the person ("emir", "president"), lower case: what a description is matched to. */
    final Set<String> titles = new LinkedHashSet<>();
    /** What kind of organization: state, government, movement, military-unit, media, company. */
    String kind;
    /** A person's nationality word, from a title ("Belarusian President"). */
    String nationality;

    int lastSeen = -1;
    boolean female;
    /** Whether a pronoun has confirmed the gender guessed from the name. */
    boolean genderSure;
    /** Whether a woman's surname ending said so: surer than a given name's. */
    boolean surnameSays;

    int firstSentence = -1;
    String firstQuote;
    /** A place's sentences that name it as an actor and as where something is ({@link PlaceUse}). */
    final Set<Integer> placeSentences = new java.util.HashSet<>();

    int acting;
    int located;
    /** The sentences that name the actor, and of a place those that name it as an actor ({@link PlaceUse}). */
    final List<String> quotes = new ArrayList<>();

    final List<String> actingQuotes = new ArrayList<>();
    /** How the actor is written, to find it again where the model does not tag it. */
    Pattern again;

    Actor(int index, EntityType type, String name) {
        this.index = index;
        this.type = type;
        this.name = name;
        names.add(name);
    }

    String id() {
        return NameKeys.slug(name);
    }

    /** Notes a title the article gives the person; the first one is its description. */
    void titled(String title) {
        if (description == null) {
            description = title;
        }
        titles.add(title.toLowerCase(Locale.ROOT));
    }

    String surname() {
        String[] words = name.split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }
}
