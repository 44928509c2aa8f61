package org.influencegraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Files shipped on the classpath (the canned queries, the schema, the sample data), in the jar or in a build folder. */
public final class Resources {

    private Resources() {}

    /** A Cypher file's statement without its {@code //} header lines, for showing as an example. */
    public static String cypher(String name) {
        return read(name)
                .lines()
                .filter(line -> !line.startsWith("//"))
                .collect(Collectors.joining("\n"))
                .strip();
    }

    /** Names (relative to the classpath root) of the files directly in {@code folder}, sorted. */
    public static List<String> list(String folder) {
        URL url = Resources.class.getClassLoader().getResource(folder);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs = jarFileSystem(uri);
                return names(fs.getPath(folder), folder);
            }
            return names(Path.of(uri), folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + " on the classpath", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }

    private static List<String> names(Path dir, String folder) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> folder + "/" + p.getFileName())
                    .sorted()
                    .toList();
        }
    }

    public static InputStream open(String name) {
        InputStream in = Resources.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }

    public static String read(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
