package org.influencegraph.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.influencegraph.Resources;
import org.influencegraph.names.NameMatcher;

/**
 * Matching quality on lists of real name variants (Latin romanizations, Cyrillic, surname first, with titles,
 * and namesakes who are different people): {@code bench/name-variants.csv}, which the rules were written
 * against, {@code bench/name-variants-holdout.csv}, assembled apart (its mistakes shaped a second round of
 * rules), and {@code bench/name-variants-final.csv}, assembled apart after both rounds and never tuned on. Every
 * pair of variants is one test,
 * a match when the names score {@link NameMatcher#SAME} or more. Prints precision, recall and F1, recall by
 * the form of the variant, and every pair decided wrongly.
 * <p>
 * {@code java -cp target/influence-graph.jar org.influencegraph.bench.NameMatchBenchmark}
 */
public final class NameMatchBenchmark {

    /** One variant of the list. */
    public record Variant(String cluster, String type, String name, String form) {}

    /** The counts of one run. */
    public record Quality(int truePositives, int falsePositives, int falseNegatives, int pairs, List<String> mistakes) {
        public double precision() {
            return truePositives / (double) Math.max(1, truePositives + falsePositives);
        }

        public double recall() {
            return truePositives / (double) Math.max(1, truePositives + falseNegatives);
        }

        public double f1() {
            return 2 * precision() * recall() / Math.max(1e-9, precision() + recall());
        }
    }

    private NameMatchBenchmark() {}

    public static void main(String[] args) {
        System.out.println("== bench/name-variants.csv (the list the rules were written against)");
        report(variants("bench/name-variants.csv"));
        System.out.println(
                "== bench/name-variants-holdout.csv (assembled apart; its mistakes shaped a second round of rules)");
        report(variants("bench/name-variants-holdout.csv"));
        System.out.println("== bench/name-variants-final.csv (assembled apart after both rounds, never tuned on)");
        report(variants("bench/name-variants-final.csv"));
    }

    private static void report(List<Variant> variants) {
        Quality all = quality(variants, null);
        System.out.printf(
                Locale.ROOT,
                "%d variants of %d names, %d pairs (%d same, %d different)%n",
                variants.size(),
                variants.stream().map(Variant::cluster).distinct().count(),
                all.pairs(),
                all.truePositives() + all.falseNegatives(),
                all.pairs() - all.truePositives() - all.falseNegatives());
        System.out.printf(
                Locale.ROOT,
                "threshold %.2f: precision %.3f recall %.3f F1 %.3f%n",
                NameMatcher.SAME,
                all.precision(),
                all.recall(),
                all.f1());
        for (String form : List.of("latin", "cyrillic", "surname-first", "title")) {
            Quality q = quality(variants, form);
            System.out.printf(
                    Locale.ROOT,
                    "  pairs with a %s variant: precision %.3f recall %.3f%n",
                    form,
                    q.precision(),
                    q.recall());
        }
        all.mistakes().forEach(m -> System.out.println("  " + m));
    }

    public static List<Variant> variants(String resource) {
        try (var parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(Resources.read(resource)))) {
            List<Variant> variants = new ArrayList<>();
            for (CSVRecord r : parser) {
                variants.add(new Variant(r.get("cluster"), r.get("type"), r.get("variant"), r.get("form")));
            }
            return variants;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quality over all pairs of variants of one type, or only pairs with a variant of {@code form}. */
    public static Quality quality(List<Variant> variants, String form) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int pairs = 0;
        List<String> mistakes = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            for (int j = i + 1; j < variants.size(); j++) {
                Variant a = variants.get(i);
                Variant b = variants.get(j);
                if (!a.type().equals(b.type())
                        || form != null && !a.form().equals(form) && !b.form().equals(form)) {
                    continue;
                }
                pairs++;
                boolean same = a.cluster().equals(b.cluster());
                double score = NameMatcher.score(a.name(), b.name());
                boolean matched = score >= NameMatcher.SAME;
                if (same && matched) {
                    tp++;
                } else if (matched) {
                    fp++;
                    mistakes.add(
                            String.format(Locale.ROOT, "wrongly matched %.2f: %s / %s", score, a.name(), b.name()));
                } else if (same) {
                    fn++;
                    mistakes.add(String.format(Locale.ROOT, "missed %.2f: %s / %s", score, a.name(), b.name()));
                }
            }
        }
        return new Quality(tp, fp, fn, pairs, mistakes);
    }
}
