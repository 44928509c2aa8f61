package org.influencegraph.model;

/**
 * A news article as read from a file or a request: where it came from (title, publisher, author, date, URL,
 * any of which may be unknown) and its text, plain, with paragraphs separated by blank lines. {@code id} is
 * stable for the same story: from its URL when it has one, else from its publisher, title and date, else from
 * its file name, so that importing an updated version replaces what the earlier one asserted.
 */
public record Article(
        String id, String file, String title, String publisher, String author, String date, String url, String text) {}
