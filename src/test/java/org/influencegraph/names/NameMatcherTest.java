package org.influencegraph.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.influencegraph.bench.NameMatchBenchmark;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

    @Test
    void every_spelling_of_tikhanovskaya_in_the_seed_articles_matches_every_other() {
        List<String> spellings = List.of(
                "Svetlana Tikhanovskaya",
                "Sviatlana Tsikhanouskaya",
                "Sviatlana Tsikhanouska",
                "Svyatlana Tsikhanouskaya",
                "Светлана Тихановская",
                "Святлана Ціханоўская",
                "TSIKHANOUSKAYA, Sviatlana");
        for (String a : spellings) {
            for (String b : spellings) {
                assertThat(NameMatcher.score(a, b)).as(a + " / " + b).isGreaterThanOrEqualTo(NameMatcher.SAME);
                assertThat(NameMatcher.strong(a, b, true)).as(a + " / " + b).isTrue();
            }
        }
        for (String surname : List.of("Tikhanovskaya", "Tsikhanouska", "Тихановская", "Ціханоўская")) {
            assertThat(NameMatcher.score("Tsikhanouskaya", surname))
                    .as(surname)
                    .isGreaterThanOrEqualTo(NameMatcher.SAME);
        }
    }

    @Test
    void german_french_and_polish_spellings_titles_and_surname_first_forms_match() {
        assertThat(NameMatcher.strong("Alexander Lukashenko", "Alexander Lukaschenko", true))
                .isTrue();
        assertThat(NameMatcher.score("Michail Gorbatschow", "Mikhail Gorbachev"))
                .isGreaterThanOrEqualTo(NameMatcher.SAME);
        assertThat(NameMatcher.score("Evgueni Prigojine", "Yevgeny Prigozhin"))
                .isGreaterThanOrEqualTo(NameMatcher.SAME);
        assertThat(NameMatcher.score("PUTIN, Vladimir Vladimirovich", "President Vladimir Putin"))
                .isEqualTo(1.0);
        assertThat(NameMatcher.score("V. Putin", "Vladimir Putin")).isGreaterThanOrEqualTo(NameMatcher.SAME);
        assertThat(NameMatcher.score("INVESCO LTD.", "INVESCO, LTD.")).isEqualTo(1.0);
        assertThat(NameMatcher.strong("OAO Belaruskali", "Belaruskaliy", false)).isTrue();
    }

    @Test
    void namesakes_and_relatives_stay_apart() {
        assertThat(NameMatcher.score("Dmitry Oreshkin", "Andrei Oreshkin")).isLessThan(NameMatcher.SAME);
        assertThat(NameMatcher.strong("Dmitry Oreshkin", "Andrei Oreshkin", true))
                .isFalse();
        assertThat(NameMatcher.score("Alexander Lukashenko", "Viktor Lukashenko"))
                .isLessThan(NameMatcher.SAME);
        assertThat(NameMatcher.score("Islam Karimov", "Gulnara Karimova")).isLessThan(NameMatcher.SAME);
        assertThat(NameMatcher.score("President Karimov", "Ms. Karimova")).isLessThan(NameMatcher.SAME);
        assertThat(NameMatcher.score("KARA-MURZA, Vladimir Vladimirovich", "KARA-MURZA, Vladimir Alekseyevich"))
                .isLessThan(NameMatcher.SAME);
        assertThat(NameMatcher.score("Vladimir Kara-Murza", "Vladimir Kara-Murza Sr."))
                .isLessThan(NameMatcher.SAME);
        assertThat(NameMatcher.strong("Oreshkin", "Oreshkin", true))
                .as("one word says too little of a person")
                .isFalse();
    }

    @Test
    void a_surname_that_looks_like_a_patronymic_is_kept() {
        assertThat(NameKeys.key("Roman Arkadyevich Abramovich")).isEqualTo(NameKeys.key("Roman Abramovich"));
        assertThat(NameKeys.key("ABRAMOVICH, Roman Arkadyevich")).isEqualTo("abramovich roman");
        assertThat(NameMatcher.words("blogger Raman Pratasevich")).containsExactly("raman", "pratasevich");
    }

    @Test
    void the_quality_on_the_name_lists_does_not_fall() {
        var tuned = NameMatchBenchmark.quality(NameMatchBenchmark.variants("bench/name-variants.csv"), null);
        assertThat(tuned.f1()).isGreaterThanOrEqualTo(0.99);
        var fresh = NameMatchBenchmark.quality(NameMatchBenchmark.variants("bench/name-variants-final.csv"), null);
        assertThat(fresh.precision()).isGreaterThanOrEqualTo(0.92);
        assertThat(fresh.recall()).isGreaterThanOrEqualTo(0.95);
    }
}
