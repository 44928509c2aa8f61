package org.influencegraph.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.influencegraph.UserError;

/**
 * The embedded database's password: random, made on the first start and kept in {@code neo4j-password} in the
 * data folder, readable by its owner only, like the API tokens. The API, the command-line tools and the user in
 * the Browser log in with it; other users of this machine and the web pages its user opens cannot.
 */
public final class DatabasePassword {

    /** The file's name in the data folder. */
    public static final String FILE = "neo4j-password";

    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabasePassword() {}

    /** Where the password of the database in {@code dataDir} is kept. */
    public static Path file(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(FILE);
    }

    /** The password kept in {@code dataDir}, made at random and written there when there is none yet. */
    public static String open(Path dataDir) {
        Path file = file(dataDir);
        try {
            if (!Files.exists(file)) {
                String fresh = newPassword();
                Tokens.writeOwnerOnly(
                        file,
                        "# The embedded Neo4j's password (user neo4j): keep this file to yourself. "
                                + "`influence-graph token show --neo4j` prints it.\npassword=" + fresh + "\n");
                return fresh;
            }
            Tokens.ownerOnly(file);
            return read(file);
        } catch (IOException e) {
            throw new UserError("cannot read or create the database password file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The password kept in {@code dataDir}, if there is one: a command pointed at a `serve` of this machine uses it. */
    public static Optional<String> find(Path dataDir) {
        Path file = file(dataDir);
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The password as the file holds it (for its owner, on the command line). */
    public static String show(Path dataDir) {
        Path file = file(dataDir);
        if (!Files.exists(file)) {
            throw new UserError("there is no database password file " + file + " yet: `serve` creates it on its "
                    + "first start (unless --no-db-auth or --password)");
        }
        try {
            return read(file);
        } catch (IOException e) {
            throw new UserError("cannot read the database password file " + file + ": " + e.getMessage(), e);
        }
    }

    /** 256 random bits in URL-safe Base64: nothing to escape when pasted into a form or a shell. */
    static String newPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String read(Path file) throws IOException {
        String password = Tokens.properties(file).getProperty("password");
        if (password == null || password.isBlank()) {
            throw new UserError("the database password file " + file + " has no 'password' line: delete it and "
                    + "restart `serve`, which writes a new one");
        }
        return password.strip();
    }
}
