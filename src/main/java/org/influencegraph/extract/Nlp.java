package org.influencegraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.Locale;
import java.util.Properties;

/**
 * The offline NLP pipeline (Stanford CoreNLP: tokens, sentences, parts of speech, lemmas, named entities, with
 * dates read relative to the article's, and each sentence's Universal Dependencies graph). Its models take ten
 * to twenty seconds to load, once a process: on the first article, or ahead of it with {@link #warmUp()}, as
 * {@code serve} does.
 */
public final class Nlp {

    /** Named in every fact the extractor writes, so that a better model's facts can replace this one's. */
    public static final String MODEL = "corenlp-4.5.10";

    /** Whether the pipeline is there yet. */
    public enum State {
        NOT_LOADED, LOADING, READY;

        /** As {@code /api/health} reports it: "not loaded", "loading" or "ready". */
        public String text() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    private static StanfordCoreNLP pipeline;
    private static volatile State state = State.NOT_LOADED;

    private Nlp() {
    }

    /** The text annotated; {@code date} (2021-11-19, or null) is the date relative dates are read against. */
    public static CoreDocument annotate(String text, String date) {
        CoreDocument document = new CoreDocument(text);
        if (date != null) {
            document.annotation().set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        pipeline().annotate(document);
        return document;
    }

    /**
     * Loads the pipeline and has it read one short sentence, so that the first article does not wait for the
     * models. Once they are loaded, a call costs a few milliseconds.
     */
    public static void warmUp() {
        annotate("Angela Merkel met Emmanuel Macron in Paris on 1 May 2020.", "2020-05-01");
    }

    public static State state() {
        return state;
    }

    private static synchronized StanfordCoreNLP pipeline() {
        if (pipeline == null) {
            state = State.LOADING;
            // CoreNLP logs every model it loads; the import's own report says what matters.
            RedwoodConfiguration.current().clear().apply();
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
            p.setProperty("ner.applyFineGrained", "true");
            p.setProperty("ner.useSUTime", "true");
            p.setProperty("tokenize.options", "untokenizable=noneKeep");
            p.setProperty("ssplit.newlineIsSentenceBreak", "two");
            try {
                pipeline = new StanfordCoreNLP(p);
            } finally {
                state = pipeline == null ? State.NOT_LOADED : State.READY;
            }
        }
        return pipeline;
    }
}
