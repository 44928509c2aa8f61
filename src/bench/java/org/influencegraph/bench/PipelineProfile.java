package org.influencegraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.influencegraph.extract.ArticleExtractor;
import org.influencegraph.extract.Nlp;
import org.influencegraph.importer.ArticleReader;
import org.influencegraph.model.Article;

/**
 * What the article reader costs on one thread, without the graph: the pipeline's start (wall clock and the
 * process's CPU time), then the articles of the given folders read by the extractor one at a time, in rounds;
 * the first round warms the JIT and is left out of the figures. Prints each round's articles a minute and CPU
 * time an article, then what each CoreNLP annotator took an article (CoreNLP's own timing) and what the rest of
 * the extractor (text cleaning, actors, rules, facts) took. CoreNLP settings come from
 * {@code -Dinfluencegraph.nlp.*} (see {@link Nlp#OVERRIDE}), so that one jar measures several of them.
 * Usage: {@code PipelineProfile ROUNDS ARTICLE_DIR...}.
 */
public final class PipelineProfile {

    private static final Pattern TIMING = Pattern.compile("^\\s*(\\w+): (\\d+(?:\\.\\d+)?) sec", Pattern.MULTILINE);

    private PipelineProfile() {}

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        List<Article> articles = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            try (Stream<Path> list = Files.list(Path.of(args[i]))) {
                for (Path f : list.sorted().toList()) {
                    ArticleReader.Format format =
                            ArticleReader.format(f.getFileName().toString());
                    if (format != null) {
                        articles.add(ArticleReader.read(f.toString(), Files.readAllBytes(f), format, Map.of()));
                    }
                }
            }
        }
        Map<String, String> settings = new TreeMap<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith(Nlp.OVERRIDE) || name.equals("influencegraph.parseAll")) {
                settings.put(name, System.getProperty(name));
            }
        }
        System.out.printf(Locale.ROOT, "%d articles; settings %s%n", articles.size(), settings);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long wall0 = System.nanoTime();
        long cpu0 = os.getProcessCpuTime();
        Nlp.warmUp();
        System.out.printf(
                Locale.ROOT,
                "pipeline start: %.1f s wall, %.1f s process CPU%n",
                (System.nanoTime() - wall0) / 1e9,
                (os.getProcessCpuTime() - cpu0) / 1e9);
        Map<String, Double> before = Map.of();
        List<Double> rates = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        long extractNanos = 0;
        int measured = 0;
        for (int round = 1; round <= rounds; round++) {
            if (round == 2) {
                before = timing();
            }
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            int facts = 0;
            for (Article a : articles) {
                ArticleExtractor.Extraction x = ArticleExtractor.extract(a);
                facts += x.events().size() + x.ties().size();
            }
            long wall = System.nanoTime() - t0;
            double cpuMs = (threads.getCurrentThreadCpuTime() - c0) / 1e6 / articles.size();
            double rate = articles.size() * 60e9 / wall;
            System.out.printf(
                    Locale.ROOT,
                    "round %d: %.0f articles/min, %.0f ms CPU an article, %d events and ties%s%n",
                    round,
                    rate,
                    cpuMs,
                    facts,
                    round == 1 ? " (warm-up, not counted)" : "");
            if (round > 1) {
                rates.add(rate);
                cpus.add(cpuMs);
                extractNanos += wall;
                measured += articles.size();
            }
        }
        if (measured == 0) {
            return;
        }
        Map<String, Double> after = timing();
        double annotated = 0;
        System.out.println("per article, rounds 2 on (CoreNLP's timing):");
        for (Map.Entry<String, Double> e : after.entrySet()) {
            double ms = (e.getValue() - before.getOrDefault(e.getKey(), 0.0)) * 1000 / measured;
            annotated += ms;
            System.out.printf(Locale.ROOT, "  %-28s %7.1f ms%n", e.getKey(), ms);
        }
        double total = extractNanos / 1e6 / measured;
        System.out.printf(Locale.ROOT, "  %-28s %7.1f ms%n", "rest of the extractor", total - annotated);
        System.out.printf(Locale.ROOT, "  %-28s %7.1f ms%n", "whole extraction", total);
        System.out.printf(
                Locale.ROOT,
                "median: %.0f articles/min, %.0f ms CPU an article (one thread); %s%n",
                median(rates),
                median(cpus),
                Nlp.timing()
                        .lines()
                        .filter(l -> l.startsWith("sentences parsed"))
                        .findFirst()
                        .orElse(""));
    }

    /** Seconds each annotator of the pipelines has taken so far, by annotator (both pipelines' figures added). */
    private static Map<String, Double> timing() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        Matcher m = TIMING.matcher(Nlp.timing());
        while (m.find()) {
            if (!m.group(1).equals("TOTAL")) {
                seconds.merge(m.group(1), Double.parseDouble(m.group(2)), Double::sum);
            }
        }
        return seconds;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
