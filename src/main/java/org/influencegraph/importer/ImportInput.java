package org.influencegraph.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.influencegraph.Resources;

/** A file to import, from the file system or the classpath; {@code name} is how errors refer to it. */
public record ImportInput(String name, Opener opener) {

    /** Opens the bytes of the input, afresh each time (the importer reads every file twice). */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static ImportInput of(Path path) {
        return new ImportInput(path.toString(), () -> Files.newInputStream(path));
    }

    public static ImportInput ofResource(String resource) {
        return new ImportInput(resource, () -> Resources.open(resource));
    }

    public String fileName() {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    public boolean isCsv() {
        return fileName().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    }

    /** JSON lines: {@code .jsonl}, {@code .ndjson}, or {@code .json} as FollowTheMoney exports name them. */
    public boolean isJsonLines() {
        String n = fileName().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json");
    }
}
