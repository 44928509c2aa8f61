package org.influencegraph.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Opens an input as strict UTF-8 text (a byte-order mark skipped), and reports the problems that end a file
 * (another encoding, an unreadable file) once, with the line of the first bad byte.
 */
final class TextInput {

    /** Reads the text of a file; may throw the reader's I/O errors. */
    @FunctionalInterface
    interface Body {
        boolean read(Reader reader) throws IOException;
    }

    /** What reads one line of a JSON-lines file. */
    @FunctionalInterface
    interface LineHandler {
        void line(long number, String text);
    }

    private TextInput() {}

    /** Reads the input through {@code body}; false when the file could not be read to its end. */
    static boolean read(ImportInput input, Body body, Consumer<Problem> problems) {
        try (InputStream in = new Utf8Check(input.opener().open());
                Reader reader = strictUtf8(in)) {
            return body.read(reader);
        } catch (Utf8Check.NotUtf8Exception e) {
            problems.accept(new Problem(
                    input.name(),
                    e.line,
                    null,
                    "not valid UTF-8: save the file as UTF-8 (nothing of this file is imported)"));
        } catch (CharacterCodingException e) {
            problems.accept(new Problem(
                    input.name(),
                    0,
                    null,
                    "not valid UTF-8: save the file as UTF-8 (nothing of this file is imported)"));
        } catch (IOException e) {
            problems.accept(new Problem(input.name(), 0, null, "cannot read: " + e.getMessage()));
        }
        return false;
    }

    /** Reads the non-blank lines of the input, numbered from 1. */
    static boolean lines(ImportInput input, LineHandler handler, Consumer<Problem> problems) {
        return read(
                input,
                reader -> {
                    BufferedReader lines = new BufferedReader(reader);
                    long number = 0;
                    String text;
                    while ((text = lines.readLine()) != null) {
                        number++;
                        if (!text.isBlank()) {
                            handler.line(number, text);
                        }
                    }
                    return true;
                },
                problems);
    }

    private static Reader strictUtf8(InputStream in) throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
