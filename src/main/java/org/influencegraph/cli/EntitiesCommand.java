package org.influencegraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Function;
import org.influencegraph.App;
import org.influencegraph.UserError;
import org.influencegraph.config.DatabaseOptions;
import org.influencegraph.model.EntityType;
import org.influencegraph.query.Formats;
import org.influencegraph.resolve.DuplicateFinder;
import org.influencegraph.resolve.EntityDetails;
import org.influencegraph.resolve.EntitySearch;
import org.influencegraph.resolve.Merges;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Entity resolution from the command line: the same search, review, merges and undo as the HTTP API. */
@Command(
        name = "entities",
        mixinStandardHelpOptions = true,
        description = "Search entities, review likely duplicates, merge them and undo merges.")
public final class EntitiesCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "search", description = "Entities matching a name in any spelling or script, best first.")
    int search(
            @Mixin DatabaseOptions database,
            @Parameters(paramLabel = "NAME") String name,
            @Option(names = "--type", description = "person, organization or place") String type,
            @Option(names = "--limit", defaultValue = "10") int limit) {
        return run(database, app -> {
            StringBuilder out = new StringBuilder();
            for (EntitySearch.Match m :
                    new EntitySearch(app.graph()).search(name, type(type), Math.min(limit, EntitySearch.MAX_LIMIT))) {
                out.append(String.format(
                        Locale.ROOT,
                        "%.3f  %s  %s (%s)%s%n",
                        m.score(),
                        m.id(),
                        m.name(),
                        m.type(),
                        m.name() != null && m.name().equals(m.matchedName()) ? "" : "  as " + m.matchedName()));
            }
            return out.toString();
        });
    }

    @Command(name = "show", description = "One entity with its names, ties, events and sources, as JSON.")
    int show(@Mixin DatabaseOptions database, @Parameters(paramLabel = "ID") String id) {
        return run(
                database,
                app -> Formats.json(new EntityDetails(app.graph())
                                .find(id)
                                .orElseThrow(() -> new UserError("no entity with id '" + id + "'")))
                        + "\n");
    }

    @Command(name = "duplicates", description = "Pairs of entities that may be one, with the evidence.")
    int duplicates(
            @Mixin DatabaseOptions database,
            @Option(names = "--type", description = "person, organization or place") String type,
            @Option(names = "--min-score", defaultValue = "0.75") double minScore,
            @Option(names = "--limit", defaultValue = "50") int limit) {
        return run(database, app -> {
            StringBuilder out = new StringBuilder();
            for (DuplicateFinder.Pair p : new DuplicateFinder(app.graph())
                    .find(type(type), minScore, Math.min(limit, DuplicateFinder.MAX_LIMIT))) {
                out.append(String.format(
                        Locale.ROOT,
                        "%.3f  %s (%s)  ~  %s (%s)%n",
                        p.score(),
                        p.a().id(),
                        p.a().name(),
                        p.b().id(),
                        p.b().name()));
                p.evidence().forEach(e -> out.append("       ").append(e).append('\n'));
            }
            return out.toString();
        });
    }

    @Command(name = "merge", description = "Fold entity OTHER into entity INTO (undo with `entities undo`).")
    int merge(
            @Mixin DatabaseOptions database,
            @Parameters(index = "0", paramLabel = "INTO") String into,
            @Parameters(index = "1", paramLabel = "OTHER") String other,
            @Option(names = "--note", description = "why, for the record") String note) {
        return run(database, app -> {
            Merges.Merge m = new Merges(app.graph()).merge(into, other, note);
            return "merged " + m.absorbed() + " into " + m.into() + " as " + m.id() + ": " + m.moved()
                    + " relationships moved, " + m.kept() + " already there, " + m.dropped()
                    + " between the two dropped\n";
        });
    }

    @Command(name = "undo", description = "Undo a merge exactly.")
    int undo(@Mixin DatabaseOptions database, @Parameters(paramLabel = "MERGE") String merge) {
        return run(database, app -> {
            Merges.Undo u = new Merges(app.graph()).undo(merge);
            return "undid " + u.merge() + ": " + u.restored() + " is back with " + u.relationships()
                    + " relationships\n";
        });
    }

    @Command(name = "distinct", description = "Mark two entities as two: never proposed as duplicates again.")
    int distinct(
            @Mixin DatabaseOptions database,
            @Parameters(index = "0", paramLabel = "A") String a,
            @Parameters(index = "1", paramLabel = "B") String b,
            @Option(names = "--note", description = "why, for the record") String note) {
        return run(database, app -> {
            new Merges(app.graph()).markDistinct(a, b, note);
            return a + " and " + b + " are marked as two\n";
        });
    }

    @Command(name = "merges", description = "The merges in effect, the latest first.")
    int merges(@Mixin DatabaseOptions database, @Option(names = "--limit", defaultValue = "100") int limit) {
        return run(database, app -> {
            StringBuilder out = new StringBuilder();
            new Merges(app.graph()).list(Math.min(limit, Merges.MAX_LIMIT)).forEach(m -> out.append(m.id())
                    .append("  ")
                    .append(m.at())
                    .append("  ")
                    .append(m.absorbed())
                    .append(" -> ")
                    .append(m.into())
                    .append(m.note() == null ? "" : "  (" + m.note() + ")")
                    .append('\n'));
            return out.toString();
        });
    }

    private int run(DatabaseOptions database, Function<App, String> action) {
        PrintWriter out = spec.commandLine().getOut();
        try (App app = App.open(database, false)) {
            out.print(action.apply(app));
            out.flush();
            return 0;
        }
    }

    private static EntityType type(String type) {
        if (type == null) {
            return null;
        }
        return EntityType.parse(type).orElseThrow(() -> new UserError("--type must be person, organization or place"));
    }
}
