package org.influencegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.influencegraph.model.TieType;
import org.junit.jupiter.api.Test;

class TieWordsTest {

    @Test
    void reads_the_tie_type_from_the_words_of_reporting() {
        Map<String, TieType> phrases = new LinkedHashMap<>();
        phrases.put("former chairman of the board", TieType.DIRECTOR_OF);
        phrases.put("Managing Director", TieType.DIRECTOR_OF);
        phrases.put("owns 30% through a trust", TieType.OWNS);
        phrases.put("ultimate beneficial owner", TieType.OWNS);
        phrases.put("wife", TieType.FAMILY);
        phrases.put("son-in-law", TieType.FAMILY);
        phrases.put("senior adviser to the president", TieType.ADVISES);
        phrases.put("Lawyer", TieType.REPRESENTS);
        phrases.put("head of the press service", TieType.LEADS);
        phrases.put("founder", TieType.LEADS);
        phrases.put("member of the political council", TieType.MEMBER_OF);
        phrases.put("works for", TieType.EMPLOYED_BY);
        phrases.put("business partner", TieType.ASSOCIATE_OF);
        phrases.put("longtime friend", TieType.ASSOCIATE_OF);
        phrases.put("close ally", TieType.ALLY_OF);
        phrases.put("major donor", TieType.SUPPORTS);
        phrases.put("outspoken critic", TieType.OPPOSES);
        phrases.put("subsidiary", TieType.CONTROLS);
        phrases.put("parent company", TieType.CONTROLS);
        phrases.put("mentioned together", TieType.RELATED_TO);

        phrases.forEach((text, type) -> assertThat(TieWords.classify(text)).as(text).isEqualTo(type));
    }
}
