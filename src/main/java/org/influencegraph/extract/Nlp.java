package org.influencegraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The offline NLP pipeline (Stanford CoreNLP: tokens, sentences, parts of speech, lemmas, named entities, with
 * dates read relative to the article's, and each sentence's Universal Dependencies graph). Its models take ten
 * to twenty seconds to load, once a process: on the first article, or ahead of it with {@link #warmUp()}, as
 * {@code serve} does. Only the sentences some rule of the {@link RuleCatalog} could match (one of its trigger
 * lemmas is there) are parsed: the parse is the costliest step, and most sentences of an article hold no trigger.
 */
public final class Nlp {

    /** Named in every fact the extractor writes, so that a better model's facts can replace this one's. */
    public static final String MODEL = "corenlp-4.5.10";

    /** Whether the pipeline is there yet. */
    public enum State {
        NOT_LOADED,
        LOADING,
        READY;

        /** As {@code /api/health} reports it: "not loaded", "loading" or "ready". */
        public String text() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** Set to parse every sentence (to measure what the trigger filter saves). */
    private static final boolean PARSE_ALL = Boolean.getBoolean("influencegraph.parseAll");

    /**
     * System properties with this prefix set CoreNLP properties of the pipeline (benchmarks only: they measure
     * other settings with the product's code, e.g. {@code -Dinfluencegraph.nlp.ner.applyFineGrained=false}).
     */
    public static final String OVERRIDE = "influencegraph.nlp.";

    private static StanfordCoreNLP pipeline;
    private static StanfordCoreNLP parser;
    private static final AtomicLong SENTENCES = new AtomicLong();
    private static final AtomicLong PARSED = new AtomicLong();
    private static volatile State state = State.NOT_LOADED;

    private Nlp() {}

    /** The text annotated; {@code date} (2021-11-19, or null) is the date relative dates are read against. */
    public static CoreDocument annotate(String text, String date) {
        CoreDocument document = new CoreDocument(text);
        if (date != null) {
            document.annotation().set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        pipeline().annotate(document);
        Annotation annotation = document.annotation();
        List<CoreMap> wanted = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<String> lemmas = new ArrayList<>();
            for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                lemmas.add(token.lemma());
            }
            if (PARSE_ALL || RuleCatalog.shipped().mayMatch(lemmas)) {
                wanted.add(sentence);
            }
        }
        SENTENCES.addAndGet(
                annotation.get(CoreAnnotations.SentencesAnnotation.class).size());
        PARSED.addAndGet(
                parser == null
                        ? annotation
                                .get(CoreAnnotations.SentencesAnnotation.class)
                                .size()
                        : wanted.size());
        if (!wanted.isEmpty() && parser != null) {
            // The parser writes each sentence's graphs into the sentence itself, which the document holds.
            Annotation some = new Annotation(annotation.get(CoreAnnotations.TextAnnotation.class));
            some.set(CoreAnnotations.SentencesAnnotation.class, wanted);
            parser.annotate(some);
        }
        return document;
    }

    /** What each annotator has cost so far (CoreNLP's own totals) and how many sentences were parsed. */
    public static String timing() {
        if (pipeline == null) {
            return "not loaded";
        }
        return pipeline.timingInformation() + "\n" + (parser == null ? "" : parser.timingInformation() + "\n")
                + "sentences parsed: " + PARSED.get() + " of " + SENTENCES.get();
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
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
            p.setProperty("ner.applyFineGrained", "true");
            p.setProperty("ner.useSUTime", "true");
            p.setProperty("tokenize.options", "untokenizable=noneKeep");
            p.setProperty("ssplit.newlineIsSentenceBreak", "two");
            for (String name : System.getProperties().stringPropertyNames()) {
                if (name.startsWith(OVERRIDE)) {
                    p.setProperty(name.substring(OVERRIDE.length()), System.getProperty(name));
                }
            }
            Properties d = new Properties();
            d.setProperty("annotators", "depparse");
            d.setProperty("enforceRequirements", "false");
            try {
                RuleCatalog.shipped();
                // A pipeline set to parse (and resolve coreference) itself parses every sentence.
                parser = p.getProperty("annotators").contains("depparse") ? null : new StanfordCoreNLP(d);
                pipeline = new StanfordCoreNLP(p);
            } finally {
                state = pipeline == null ? State.NOT_LOADED : State.READY;
            }
        }
        return pipeline;
    }
}
