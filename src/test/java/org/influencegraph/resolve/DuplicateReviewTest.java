package org.influencegraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import org.influencegraph.TestNeo4j;
import org.influencegraph.graph.Graph;
import org.influencegraph.graph.GraphWriter;
import org.influencegraph.model.EntityRecord;
import org.influencegraph.model.EntityType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The duplicates review computed in the background, kept until the graph changes, and its blocking on rare words. */
class DuplicateReviewTest {

    /** Runs nothing until told: the test decides when a review is done. */
    private static final class Held implements Executor {
        private final List<Runnable> waiting = new ArrayList<>();

        @Override
        public synchronized void execute(Runnable task) {
            waiting.add(task);
        }

        synchronized int runAll() {
            int n = waiting.size();
            waiting.forEach(Runnable::run);
            waiting.clear();
            return n;
        }
    }

    private Graph graph;

    @BeforeEach
    void setUp() {
        graph = TestNeo4j.clean();
    }

    @Test
    void a_review_still_computing_says_so_then_answers_and_is_kept_until_the_graph_changes() {
        write(person("svetlana-1", "Svetlana Tikhanovskaya"), person("svetlana-2", "Sviatlana Tsikhanouskaya"));
        Held worker = new Held();
        DuplicateReview review = new DuplicateReview(graph, worker);

        DuplicateReview.Answer computing = review.pairs(null, 0.75, 50, Duration.ZERO);
        assertThat(computing.ready()).isFalse();
        assertThat(computing.pairs()).isEmpty();
        assertThat(review.pairs(null, 0.75, 50, Duration.ZERO).ready()).isFalse();
        assertThat(worker.runAll()).isEqualTo(1);

        DuplicateReview.Answer ready = review.pairs(null, 0.75, 50, Duration.ZERO);
        assertThat(ready.ready()).isTrue();
        assertThat(ready.pairs())
                .extracting(p -> p.a().id() + "|" + p.b().id())
                .containsExactly("svetlana-1|svetlana-2");
        // The same graph: the kept review answers, none is started.
        assertThat(review.pairs(EntityType.PERSON, 0.75, 50, Duration.ZERO).computedAt())
                .isEqualTo(ready.computedAt());
        assertThat(review.pairs(EntityType.ORGANIZATION, 0.75, 50, Duration.ZERO)
                        .pairs())
                .isEmpty();
        assertThat(worker.runAll()).isZero();

        write(company("potash-1", "Belaruskali"), company("potash-2", "Belaruskaliy"));
        assertThat(review.pairs(null, 0.75, 50, Duration.ZERO).ready()).isFalse();
        assertThat(worker.runAll()).isEqualTo(1);
        assertThat(review.pairs(null, 0.75, 50, Duration.ZERO).pairs())
                .extracting(p -> p.a().id() + "|" + p.b().id())
                .containsExactlyInAnyOrder("svetlana-1|svetlana-2", "potash-1|potash-2");

        // A decision taken through the API forgets the kept review even where the counts would not tell.
        review.invalidate();
        assertThat(review.pairs(null, 0.75, 50, Duration.ZERO).ready()).isFalse();
        assertThat(worker.runAll()).isEqualTo(1);
        assertThat(review.pairs(null, 0.75, 50, Duration.ZERO).ready()).isTrue();
    }

    @Test
    void a_watched_graph_is_reviewed_at_once_and_again_once_a_change_has_held_still() {
        write(person("svetlana-1", "Svetlana Tikhanovskaya"), person("svetlana-2", "Sviatlana Tsikhanouskaya"));
        Held worker = new Held();
        try (DuplicateReview review = new DuplicateReview(graph, worker)) {
            review.watch(Duration.ofHours(1));
            assertThat(worker.runAll()).isEqualTo(1);
            assertThat(review.pairs(null, 0.75, 50, Duration.ZERO).pairs()).hasSize(1);
            assertThat(review.tick()).isFalse();

            write(company("potash-1", "Belaruskali"), company("potash-2", "Belaruskaliy"));
            // Still changing, as far as the watch can tell: no review yet.
            assertThat(review.tick()).isFalse();
            assertThat(worker.runAll()).isZero();
            assertThat(review.tick()).isTrue();
            assertThat(worker.runAll()).isEqualTo(1);
            assertThat(review.pairs(null, 0.75, 50, Duration.ZERO).pairs()).hasSize(2);
            assertThat(review.tick()).isFalse();
            assertThat(worker.runAll()).isZero();
        }
    }

    @Test
    void a_request_below_the_kept_floor_is_computed_on_the_spot() {
        write(person("first-oreshkin", "Dmitry Oreshkin"), person("second-oreshkin", "Andrei Oreshkin"));
        Held worker = new Held();
        DuplicateReview review = new DuplicateReview(graph, worker);

        DuplicateReview.Answer weak = review.pairs(EntityType.PERSON, 0.0, 50, Duration.ZERO);

        assertThat(weak.ready()).isTrue();
        assertThat(weak.pairs()).extracting(DuplicateFinder.Pair::score).containsExactly(0.6);
        assertThat(worker.runAll()).isZero();
    }

    @Test
    void entities_are_grouped_on_their_rare_words_so_a_common_word_neither_hides_nor_makes_a_pair() {
        List<EntityRecord> people = new ArrayList<>();
        // 150 Ivans: "Ivan" is shared by too many to tell anything; their surnames are each their own.
        IntStream.range(0, 150).forEach(i -> people.add(person("ivan-" + i, "Ivan " + surname(i))));
        people.add(person("ivan-kovalenko", "Ivan Kovalenko"));
        people.add(person("ivan-kowalenko", "Iwan Kowalenko"));
        write(people.toArray(EntityRecord[]::new));

        List<DuplicateFinder.Pair> pairs = new DuplicateFinder(graph).find(EntityType.PERSON, 0.75, 50);

        assertThat(pairs)
                .extracting(p -> p.a().id() + "|" + p.b().id())
                .containsExactly("ivan-kovalenko|ivan-kowalenko");
    }

    /** A made-up surname of eight letters, consonant and vowel in turn: names that look alike are rare. */
    private static String surname(int i) {
        java.util.Random random = new java.util.Random(i);
        StringBuilder name = new StringBuilder();
        for (int k = 0; k < 8; k++) {
            name.append(k % 2 == 0 ? "bdfgklmnprstvz".charAt(random.nextInt(14)) : "aeiou".charAt(random.nextInt(5)));
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private void write(EntityRecord... records) {
        new GraphWriter(graph).prepareEntities(List.of(records)).write();
    }

    private static EntityRecord person(String id, String name) {
        return new EntityRecord(id, EntityType.PERSON, name, List.of(), null, null, null, null, null);
    }

    private static EntityRecord company(String id, String name) {
        return new EntityRecord(id, EntityType.ORGANIZATION, name, List.of(), "company", "BY", null, null, null);
    }
}
