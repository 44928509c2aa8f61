package org.influencegraph.importer;

/** Something wrong with the input, located as precisely as it can be: file, line and column (or JSON field). */
public record Problem(String file, long line, String column, String message) {

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
        }
        if (column != null) {
            s.append(": column '").append(column).append('\'');
        }
        return s.append(": ").append(message).toString();
    }
}
