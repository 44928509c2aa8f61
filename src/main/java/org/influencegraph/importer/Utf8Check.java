package org.influencegraph.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are UTF-8, so that a file in another encoding is reported
 * with the line of its first bad byte (a decoder reads ahead and cannot tell the line).
 */
final class Utf8Check extends FilterInputStream {

    /** The bytes are not UTF-8 from {@code line} on. */
    static final class NotUtf8Exception extends IOException {
        final long line;

        NotUtf8Exception(long line) {
            super("not valid UTF-8 at line " + line);
            this.line = line;
        }
    }

    private long line = 1;
    private int continuations;

    Utf8Check(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            check(buffer[offset + i] & 0xFF);
        }
        return n;
    }

    private void check(int b) throws NotUtf8Exception {
        if (continuations > 0) {
            if ((b & 0xC0) != 0x80) {
                throw new NotUtf8Exception(line);
            }
            continuations--;
            return;
        }
        if (b == '\n') {
            line++;
        } else if (b >= 0x80) {
            if (b >= 0xC2 && b <= 0xDF) {
                continuations = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                continuations = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                continuations = 3;
            } else {
                throw new NotUtf8Exception(line);
            }
        }
    }
}
