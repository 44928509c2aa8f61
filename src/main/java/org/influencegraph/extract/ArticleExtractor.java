package org.influencegraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.influencegraph.extract.ActorTracker.Span;
import org.influencegraph.model.Article;
import org.influencegraph.model.EntityRecord;
import org.influencegraph.model.EventRecord;
import org.influencegraph.model.PartialDate;
import org.influencegraph.model.ParticipationRecord;
import org.influencegraph.model.Provenance;
import org.influencegraph.model.SourceRecord;
import org.influencegraph.model.TieRecord;

/**
 * Reads an article's people, organizations, places, events and ties, sentence by sentence, in three parts: the
 * {@link ActorTracker} says whom a sentence names (the named entities of the NLP pipeline; a surname, a
 * possessive or a pronoun is the person last named that fits), the {@link SentenceMatcher} what facts it states
 * (the grammar rules of the {@link RuleCatalog}, then the phrasings of {@link Patterns}), and the
 * {@link FactBuilder} makes them facts: every fact keeps the article, the sentence, its character offsets, the
 * rule that found it, and a confidence.
 */
public final class ArticleExtractor {

    /** The extractor and its model: what an article's reading is remembered by, and what its entities name. */
    public static final String PRODUCER = "extractor/rules-3+" + Nlp.MODEL;
    /** Facts below this confidence are candidates for review, not plain facts. */
    public static final double THRESHOLD = 0.7;
    /** {@code -Dinfluencegraph.trace}: every sentence with its actors' placeholders, on standard error. */
    private static final boolean TRACE = Boolean.getBoolean("influencegraph.trace");

    /**
     * What an article gave: its source and the facts, each with its provenance; the facts below
     * {@link #THRESHOLD} are apart, as candidates for review.
     */
    public record Extraction(
            SourceRecord source,
            List<EntityRecord> entities,
            List<EventRecord> events,
            List<ParticipationRecord> participations,
            List<TieRecord> ties,
            List<Candidate> candidates) {}

    /**
     * A fact the extractor is not sure of: an event with its parts, or a tie. Its id is stable across imports
     * of the article (the article, the sentence's text, the kind of fact and its actors), so that a reviewer's
     * decision holds when the article is read again.
     */
    public record Candidate(String id, EventRecord event, List<ParticipationRecord> participations, TieRecord tie) {

        public Provenance provenance() {
            return tie != null ? tie.provenance() : event.report();
        }
    }

    private ArticleExtractor() {}

    /** The facts of one article. */
    public static Extraction extract(Article article) {
        return run(article, Nlp.annotate(TextCleaner.clean(article.text()), article.date()));
    }

    private static Extraction run(Article article, CoreDocument document) {
        SourceRecord source = new SourceRecord(
                article.id(),
                article.title(),
                article.publisher(),
                article.author(),
                article.date() == null
                        ? null
                        : PartialDate.parse(article.date()).orElse(null),
                article.url(),
                "article");
        ActorTracker actors = new ActorTracker(document);
        SentenceMatcher matcher = new SentenceMatcher(actors);
        FactBuilder facts = new FactBuilder(article.id());
        List<CoreSentence> sentences = document.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            CoreSentence sentence = sentences.get(s);
            // A sentence that names no one may still name states by their demonyms: "a Qatari-brokered truce".
            List<Span> spans = actors.spans(sentence, s);
            String text = sentence.text();
            String template = SentenceMatcher.template(text, spans);
            if (TRACE) {
                System.err.println("sentence " + s + ": " + template);
                for (Span sp : spans) {
                    System.err.println("  [E" + sp.actor().index + "] " + sp.actor().type + " " + sp.actor().name
                            + (sp.actor().kind == null ? "" : " (" + sp.actor().kind + ")"));
                }
            }
            String quote = ActorTracker.quote(text);
            String date = sentenceDate(sentence, article.date());
            Map<String, Object> where = Map.of(
                    "startOffset",
                    sentence.charOffsets().first(),
                    "endOffset",
                    sentence.charOffsets().second(),
                    "sentence",
                    s);
            facts.related(actors.takeRelated(), quote, where);
            for (Patterns.Found found : matcher.match(sentence, s, spans, template)) {
                if (TRACE) {
                    System.err.println("  found " + (found.tie() != null ? found.tie() : found.event()) + " "
                            + found.actors() + " " + found.roles() + " " + found.confidence());
                }
                Patterns.Found settled = matcher.settle(found);
                if (settled == null) {
                    continue;
                }
                List<Actor> who = new ArrayList<>();
                for (int index : settled.actors()) {
                    who.add(actors.get(index));
                }
                facts.add(settled, who, text, quote, where, date);
            }
        }
        return facts.build(source, actors.all());
    }

    /** What a fact names as its producer: the extractor, the rule that found it, the model. */
    static String producer(String rule) {
        return FactBuilder.producer(rule);
    }

    /** A date the sentence gives (normalized against the article's), or the article's. */
    private static String sentenceDate(CoreSentence sentence, String articleDate) {
        for (CoreEntityMention m : sentence.entityMentions()) {
            if (m.entityType().equals("DATE")) {
                String normalized = m.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                if (normalized != null && normalized.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                    return normalized;
                }
            }
        }
        return articleDate;
    }
}
