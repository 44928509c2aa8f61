package org.influencegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.influencegraph.model.Article;
import org.influencegraph.model.EntityRecord;
import org.influencegraph.model.EntityType;
import org.junit.jupiter.api.Test;

/** Actors the rules find where the model reads a place or nothing: a people, a department, a channel, a paper. */
class DescribedMentionsTest {

    private static List<String> found(String sentence, String kind) {
        return Mentions.find(sentence, null, word -> null).stream()
                .filter(m -> kind.equals(m.kind()))
                .map(m -> m.type() + " " + m.name() + " | " + m.alias())
                .toList();
    }

    @Test
    void a_people_after_the_article_is_an_actor_named_by_its_state_list_word() {
        assertThat(found("The Estonians, who share a long border, asked for more troops.", "people"))
                .containsExactly("ORGANIZATION The Estonians | Estonians");
        assertThat(found("It was a matter for the Moldovans alone.", "people"))
                .containsExactly("ORGANIZATION the Moldovans | Moldovans");
        // Not a people: a word the list does not hold, or the first word of a longer name.
        assertThat(found("The Beatles played on.", "people")).isEmpty();
        assertThat(found("The Americans Abroad Fund gave money.", "people")).isEmpty();
    }

    @Test
    void a_department_is_described_only_when_the_reference_list_writes_that_short_form() {
        assertThat(found("The Justice Department opened a case on Monday.", "described"))
                .containsExactly("ORGANIZATION The Justice Department | Justice Department");
        assertThat(found("Officials at the Pentagon declined to comment.", "described"))
                .containsExactly("ORGANIZATION the Pentagon | Pentagon");
        assertThat(found("The Fire Department arrived late.", "described")).isEmpty();
    }

    @Test
    void a_channel_or_a_paper_named_after_a_place_is_one_outlet_and_the_place_is_not_read_inside_it() {
        List<Mentions.Mention> channel = Mentions.find("Staff at Georgia 1 walked out.", null, w -> null);
        List<Mentions.Mention> paper =
                Mentions.find("The Kyiv Independent reported the strike first.", null, w -> null);

        assertThat(channel).extracting(Mentions.Mention::name).containsExactly("Georgia 1");
        assertThat(channel.get(0).kind()).isEqualTo("media");
        assertThat(paper).extracting(Mentions.Mention::name).startsWith("Kyiv Independent");
        assertThat(paper.get(0).type()).isEqualTo(EntityType.ORGANIZATION);
        // A date or a count after a month or a plain word is no channel.
        assertThat(found("The vote is on March 12 in Tbilisi.", "media")).isEmpty();
        assertThat(found("The Journal said so.", "media")).isEmpty();
    }

    @Test
    void the_journal_names_again_a_paper_of_the_article() {
        assertThat(found("The Journal said it stood by its reporter.", "anaphor"))
                .containsExactly("ORGANIZATION the Journal | The Journal");
    }

    @Test
    void an_international_body_by_the_short_form_the_list_writes_is_described_not_a_name_of_its_own() {
        assertThat(found("The envoy will brief the Security Council next week.", "described"))
                .containsExactly("ORGANIZATION the Security Council | Security Council");
        // The body's own name is the model's to read.
        assertThat(found("The African Union welcomed it.", "described")).isEmpty();
    }

    @Test
    void a_body_first_named_by_its_acronym_takes_the_long_form_the_article_gives_later() {
        var x = ArticleExtractor.extract(new Article(
                "article-test",
                "test.txt",
                "Test",
                "Test Wire",
                null,
                "2024-03-05",
                null,
                "Police detain WSJ reporter in Tbilisi\n\nPolice detained a reporter of The Wall Street Journal on "
                        + "Friday. The WSJ said it stood by him."));

        EntityRecord paper = x.entities().stream()
                .filter(e -> e.aliases().contains("WSJ") || e.name().equals("WSJ"))
                .findFirst()
                .orElseThrow();
        assertThat(paper.name()).isEqualTo("Wall Street Journal");
        assertThat(paper.id()).isEqualTo("wall-street-journal");
    }
}
