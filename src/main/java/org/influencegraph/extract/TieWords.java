package org.influencegraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.influencegraph.model.TieType;

/**
 * Reads the type of a tie from the words people use for it ("former chairman of the board", "wife",
 * "owns 30% through a trust", "senior adviser"). The first rule whose words occur wins, so more specific
 * rules come first; text no rule knows is {@link TieType#RELATED_TO}. The text itself stays the tie's role.
 */
public final class TieWords {

    private record Rule(TieType type, Pattern words) {
    }

    private static Rule rule(TieType type, String words) {
        return new Rule(type, Pattern.compile("\\b(" + words + ")\\b"));
    }

    private static final List<Rule> RULES = List.of(
            rule(TieType.POSSIBLY_SAME_AS, "possibly the same|same person as|alias of|a\\.k\\.a"),
            rule(TieType.FAMILY, "wife|husband|spouse|married|son|daughter|father|mother|parent(?! company)|child"
                    + "|children|brother|sister|sibling|cousin|uncle|aunt|nephew|niece|grand\\w*|in-law|relative"
                    + "|family|stepson|stepdaughter|stepfather|stepmother|widow|widower|fianc\\w*"),
            rule(TieType.ADVISES, "advis\\w*|consultant|consults|counsel\\w*|mentor\\w*|strategist"),
            rule(TieType.REPRESENTS, "represents?|representative|lawyer|attorney|agent|lobbyist|lobbies"
                    + "|spokes\\w*|envoy|ambassador|proxy|nominee"),
            rule(TieType.OWNS, "owns?|owned|owner|shareholder|stake|stakeholder|beneficial|beneficiary"
                    + "|shares|holds? \\d+|\\d+(\\.\\d+)? ?%|proprietor|investor in"),
            rule(TieType.DIRECTOR_OF, "director|board|non-executive|secretary of the company|supervisory"),
            rule(TieType.LEADS, "chair\\w*|chief|ceo|cfo|coo|head|heads|headed|leader|leads|led|president"
                    + "|founder|founded|co-founder|boss|commander|governor|mayor|prime minister|general secretary"
                    + "|secretary general|secretary-general|managing|manager|rector|dean|editor-in-chief"
                    + "|in charge of|runs|ran"),
            rule(TieType.EMPLOYED_BY, "employ\\w*|works? (for|at)|worked (for|at)|staff|officer|official|analyst"
                    + "|assistant|aide|journalist|correspondent|engineer|clerk|bodyguard|driver"),
            rule(TieType.MEMBER_OF, "member|membership|belongs|joined|affiliate\\w*|fellow|participant in"
                    + "|expert|delegate|deputy|mp|senator|councillor|councilor"),
            rule(TieType.CONTROLS, "controls?|controlled|subsidiary|parent company|front for|owned by the state"),
            rule(TieType.ALLY_OF, "ally|allies|allied|close to|confidant\\w*|loyalist|protégé|protege"),
            rule(TieType.SUPPORTS, "supports?|supported|backs|backed|funds|funded|financ\\w*|donor|donat\\w*"
                    + "|sponsor\\w*|endorse\\w*"),
            rule(TieType.OPPOSES, "oppos\\w*|critic\\w*|rival|enemy|against|sued|sues|feud"),
            rule(TieType.ASSOCIATE_OF, "associate\\w*|friend\\w*|colleague|business partner|partner|co-owner"
                    + "|acquaint\\w*|knows"),
            rule(TieType.LOCATED_IN, "based in|located in|registered in|headquartered in|lives in"));

    private TieWords() {
    }

    /** The tie type the words describe, or {@link TieType#RELATED_TO} when no rule knows them. */
    public static TieType classify(String text) {
        String words = text.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.words().matcher(words).find()) {
                return rule.type();
            }
        }
        return TieType.RELATED_TO;
    }
}
