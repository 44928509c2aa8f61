package org.influencegraph.access;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import org.influencegraph.UserError;

/**
 * The API tokens: one that writes (and reads), one that only reads. They live in a small file beside the
 * data, readable by its owner only, so that they survive restarts; a server notices when the file is
 * rewritten ({@code token rotate}) and takes the new tokens at once. Only SHA-256 digests stay in memory,
 * and a token presented is compared with them in constant time.
 */
public final class Tokens {

    /** What a token may do. */
    public enum Kind {
        READ("igr_"),
        WRITE("igw_");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final Path file;
    private volatile Digests digests;

    /** The digests of the current tokens and the file version they came from. */
    private record Digests(byte[] read, byte[] write, FileTime modified, long size, Object key) {}

    private Tokens(Path file, Digests digests) {
        this.file = file;
        this.digests = digests;
    }

    /** Tokens held in memory only (tests, benchmarks): nothing is written anywhere. */
    public static Tokens of(String write, String read) {
        return new Tokens(null, new Digests(digest(read), digest(write), null, -1, null));
    }

    /**
     * The tokens in {@code file}, created with fresh random tokens when it does not exist; a file that others
     * may read is made the owner's only.
     */
    public static Tokens open(Path file) {
        try {
            if (!Files.exists(file)) {
                write(file, newToken(Kind.WRITE), newToken(Kind.READ));
            } else {
                ownerOnly(file);
            }
            return new Tokens(file, load(file));
        } catch (IOException e) {
            throw new UserError("cannot read or create the token file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Replaces one token in {@code file} with a new random one, and returns the new token. */
    public static String rotate(Path file, Kind kind) {
        try {
            Properties current = Files.exists(file) ? properties(file) : new Properties();
            String write = current.getProperty("write", newToken(Kind.WRITE));
            String read = current.getProperty("read", newToken(Kind.READ));
            String fresh = newToken(kind);
            write(file, kind == Kind.WRITE ? fresh : write, kind == Kind.READ ? fresh : read);
            return fresh;
        } catch (IOException e) {
            throw new UserError("cannot write the token file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The token of {@code kind} as the file holds it (for its owner, on the command line). */
    public static String show(Path file, Kind kind) {
        if (!Files.exists(file)) {
            throw new UserError("there is no token file " + file + " yet: `serve` creates it on its first start, "
                    + "or run `token rotate`");
        }
        try {
            return properties(file).getProperty(kind == Kind.WRITE ? "write" : "read");
        } catch (IOException e) {
            throw new UserError("cannot read the token file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Where the tokens are kept, or null when they are held in memory. */
    public Path file() {
        return file;
    }

    /** Whether {@code presented} is the current token of {@code kind} (the write token reads too). */
    public boolean accepts(Kind kind, String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        Digests d = current();
        byte[] given = digest(presented);
        boolean write = MessageDigest.isEqual(given, d.write());
        boolean read = MessageDigest.isEqual(given, d.read());
        return kind == Kind.WRITE ? write : write | read;
    }

    private Digests current() {
        Digests d = digests;
        if (file == null) {
            return d;
        }
        try {
            var attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.lastModifiedTime().equals(d.modified())
                    || attributes.size() != d.size()
                    || !java.util.Objects.equals(attributes.fileKey(), d.key())) {
                d = load(file);
                digests = d;
            }
        } catch (IOException e) {
            // A file being replaced or gone for a moment: the tokens last read stay in force.
        }
        return d;
    }

    /** A new random token: 256 bits, with a prefix that tells what it may do (and lets leak scanners spot it). */
    public static String newToken(Kind kind) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return kind.prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Digests load(Path file) throws IOException {
        var attributes = Files.readAttributes(file, BasicFileAttributes.class);
        Properties p = properties(file);
        String write = p.getProperty("write");
        String read = p.getProperty("read");
        if (write == null || write.isBlank() || read == null || read.isBlank()) {
            throw new UserError("the token file " + file + " lacks a 'write' or a 'read' token: delete it and restart, "
                    + "or run `token rotate`");
        }
        return new Digests(
                digest(read.strip()),
                digest(write.strip()),
                attributes.lastModifiedTime(),
                attributes.size(),
                attributes.fileKey());
    }

    static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        return p;
    }

    /** Writes both tokens to a new owner-only file and moves it into place, so a reader never sees half a file. */
    private static void write(Path file, String write, String read) throws IOException {
        writeOwnerOnly(
                file,
                "# Influence Graph API tokens: keep this file to yourself. Rotate with "
                        + "`influence-graph token rotate`.\nwrite=" + write + "\nread=" + read + "\n");
    }

    /** Writes {@code text} to a new owner-only file and moves it into place, so a reader never sees half a file. */
    static void writeOwnerOnly(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = posix()
                ? Files.createTempFile(dir, ".tokens", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, ".tokens", ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static void ownerOnly(Path file) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
