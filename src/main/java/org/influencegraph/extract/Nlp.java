package org.influencegraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.Properties;

/**
 * The offline NLP pipeline (Stanford CoreNLP: tokens, sentences, parts of speech, lemmas and named entities,
 * with dates read relative to the article's). Its models take about ten seconds to load, once a process, on
 * the first article.
 */
public final class Nlp {

    /** Named in every fact the extractor writes, so that a better model's facts can replace this one's. */
    public static final String MODEL = "corenlp-4.5.10";

    private static StanfordCoreNLP pipeline;

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

    private static synchronized StanfordCoreNLP pipeline() {
        if (pipeline == null) {
            // CoreNLP logs every model it loads; the import's own report says what matters.
            RedwoodConfiguration.current().clear().apply();
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
            p.setProperty("ner.applyFineGrained", "true");
            p.setProperty("ner.useSUTime", "true");
            p.setProperty("tokenize.options", "untokenizable=noneKeep");
            p.setProperty("ssplit.newlineIsSentenceBreak", "two");
            pipeline = new StanfordCoreNLP(p);
        }
        return pipeline;
    }
}
