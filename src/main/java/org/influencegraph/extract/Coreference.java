package org.influencegraph.extract;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.pipeline.CoreDocument;
import java.util.HashMap;
import java.util.Map;

/**
 * What CoreNLP's coreference says a pronoun stands for, where the pipeline was set to resolve it (a benchmark
 * only: {@code -Dinfluencegraph.nlp.annotators=...,coref}): the name its chain gives last before it. Measured
 * against the pronoun rules of {@link ActorTracker} and not kept by default (docs/BENCHMARKS.md, i17r).
 */
final class Coreference {

    /** The name of each pronoun's chain, by its sentence and its first character's offset. */
    private final Map<String, String> named = new HashMap<>();

    private Coreference() {}

    /** The chains of a document, or null if the pipeline resolved none. */
    static Coreference of(CoreDocument document) {
        Map<Integer, CorefChain> chains = document.annotation().get(CorefCoreAnnotations.CorefChainAnnotation.class);
        if (chains == null) {
            return null;
        }
        Coreference out = new Coreference();
        for (CorefChain chain : chains.values()) {
            String name = null;
            for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                if (m.mentionType == Dictionaries.MentionType.PROPER) {
                    name = m.mentionSpan;
                } else if (m.mentionType == Dictionaries.MentionType.PRONOMINAL && name != null) {
                    var token = document.sentences().get(m.sentNum - 1).tokens().get(m.startIndex - 1);
                    out.named.put((m.sentNum - 1) + ":" + token.beginPosition(), name);
                }
            }
        }
        return out;
    }

    /** The name the pronoun at that offset of that sentence stands for, or null. */
    String named(int sentence, int begin) {
        return named.get(sentence + ":" + begin);
    }
}
