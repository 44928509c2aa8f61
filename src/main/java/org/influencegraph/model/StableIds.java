package org.influencegraph.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Ids made of what identifies a fact, so that the same fact gets the same id in every import and export. */
public final class StableIds {

    private StableIds() {}

    /** The first {@code bytes} bytes of the text's SHA-256, in hex. */
    public static String digest(String text, int bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
