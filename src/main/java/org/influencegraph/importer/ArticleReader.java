package org.influencegraph.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.influencegraph.UserError;
import org.influencegraph.model.Article;
import org.influencegraph.model.StableIds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an article from plain text, Markdown or HTML, told apart by the file name (or the content type of a
 * request). Metadata comes from the file where it says it (a front-matter block, an HTML page's meta tags, a
 * "By NAME" line) and from the caller where it does not; the caller's values win. Everything that is not the
 * story is left out: scripts, styles, navigation, headers, footers and forms of a page, Markdown markup.
 * A file that is empty, binary, too large or not UTF-8 is refused with its name and what to do.
 */
public final class ArticleReader {

    /** The largest article read: a long feature is 100 kB of text; a page with its markup may be ten times that. */
    public static final int MAX_BYTES = 5_000_000;
    /** The most text one article may have: several times a long feature, read in well under a minute. */
    public static final int MAX_CHARACTERS = 500_000;
    /**
     * The longest run of text without a sentence's end: the language models read one sentence at a time, and
     * their cost grows faster than its length, so a megabyte without a full stop would hold the import for minutes.
     */
    public static final int MAX_RUN = 20_000;

    private static final java.util.regex.Pattern SENTENCE_END =
            java.util.regex.Pattern.compile("[.!?\u2026\u3002\uFF01\uFF1F]|\n\s*\n");

    /** An article beyond the reading budget; {@code tooLarge} for its size (413), else for its shape (422). */
    public static class OverBudget extends UserError {
        private static final long serialVersionUID = 1L;
        private final boolean tooLarge;

        OverBudget(String message, boolean tooLarge) {
            super(tooLarge ? Kind.TOO_LARGE : Kind.UNPROCESSABLE, message);
            this.tooLarge = tooLarge;
        }

        public boolean tooLarge() {
            return tooLarge;
        }
    }

    /** The formats read. */
    public enum Format {
        TEXT,
        MARKDOWN,
        HTML
    }

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\s*\\n(.*?)\\n---\\s*\\n", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z_-]+)\\s*:\\s*(.*?)\\s*$", Pattern.MULTILINE);
    private static final Pattern BYLINE = Pattern.compile(
            "^By ([\\p{Lu}][\\p{L}.'-]+(?: [\\p{Lu}][\\p{L}.'-]+){0,3})"
                    + "(?: (?:in|and) [^\\n]*?)?(?: ((?:January|February|March|April|May|June|July|August|September|October|"
                    + "November|December) \\d{1,2}, \\d{4}))?\\s*$",
            Pattern.MULTILINE);
    private static final Pattern MARKDOWN = Pattern.compile(
            "^#{1,6}\\s+|\\*\\*|__|(?<![\\w*])\\*(?![\\s*])|"
                    + "(?<=[\\w.,!?])\\*(?![\\w*])|!?\\[([^\\]]*)\\]\\([^)]*\\)",
            Pattern.MULTILINE);
    private static final Pattern HTML_BLOCKS =
            Pattern.compile("<(script|style)\\b[^>]*>.*?(</\\1\\s*>|\\z)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_TAGS = Pattern.compile("</?[A-Za-z][^<>]*>|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}|\\d{4}-\\d{2}|\\d{4})");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final String NOT_STORY = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, figure figcaption, [role=navigation], [role=banner], [role=contentinfo], "
            + "[aria-hidden=true], .advert, .ad, .share, .social, .related, .newsletter, .cookie, .comments";

    private ArticleReader() {}

    /** The format a file name says, or null when it is not an article's. */
    public static Format format(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Format.TEXT;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Format.MARKDOWN;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Format.HTML;
        }
        return null;
    }

    /**
     * The article in {@code bytes}, named {@code file} in errors; {@code given} metadata (title, publisher, author,
     * date, url; null or blank for none) overrides what the file says.
     */
    public static Article read(String file, byte[] bytes, Format format, Map<String, String> given) {
        return read(file, bytes, format, given, false);
    }

    /**
     * An article sent in a request rather than read from a file, named {@code name} in errors: as
     * {@link #read(String, byte[], Format, Map)}, except that without a URL, or a publisher and a date, it is
     * known by its title (a file is known by its name).
     */
    public static Article readPosted(String name, byte[] bytes, Format format, Map<String, String> given) {
        return read(name, bytes, format, given, true);
    }

    private static Article read(String file, byte[] bytes, Format format, Map<String, String> given, boolean posted) {
        if (bytes.length > MAX_BYTES) {
            throw new UserError(file + ": " + bytes.length + " bytes; an article may have at most " + MAX_BYTES);
        }
        String raw = decode(file, bytes);
        Map<String, String> meta = new LinkedHashMap<>();
        String text =
                switch (format) {
                    case HTML -> html(raw, meta);
                    case MARKDOWN -> markdown(frontMatter(raw, meta));
                    case TEXT -> frontMatter(raw, meta);
                };
        text = normalize(text);
        checkBudget(file, text);
        if (text.isBlank()) {
            throw new UserError(file + ": no text"
                    + (raw.isBlank() ? " (the file is empty)" : " once the page's markup " + "is left out"));
        }
        if (format != Format.HTML) {
            byline(text, meta);
        }
        if (!meta.containsKey("title")) {
            meta.put(
                    "title",
                    text.lines()
                            .filter(l -> !l.isBlank())
                            .findFirst()
                            .orElse("")
                            .strip());
        }
        given.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                meta.put(key, value.strip());
            }
        });
        String date = meta.get("date") == null ? null : date(file, meta.get("date"));
        String title = clip(meta.get("title"), 300);
        String url = webAddress(
                file,
                meta.get("url"),
                given.get("url") != null && !given.get("url").isBlank());
        String basis = url != null
                ? url
                : meta.get("publisher") != null && date != null
                        ? meta.get("publisher") + "|" + title + "|" + date
                        : posted ? "title|" + title : file;
        return new Article(
                "article-" + StableIds.digest(basis, 8),
                file,
                title,
                meta.get("publisher"),
                meta.get("author"),
                date,
                url,
                text);
    }

    /** UTF-8, with or without a byte-order mark; anything else is refused rather than read as mojibake. */
    private static String decode(String file, byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new UserError(file + ": binary data, not an article (save the story as text, Markdown or HTML)");
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > 16 && controls * 100L > bytes.length) {
            throw new UserError(file + ": binary data, not an article (save the story as text, Markdown or HTML)");
        }
        int start =
                bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
                        ? 3
                        : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UserError(file + ": not UTF-8 text; save it as UTF-8 (in most editors: Save as, encoding "
                    + "UTF-8) and import it again");
        }
    }

    private static String frontMatter(String raw, Map<String, String> meta) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        Matcher m = FRONT_MATTER.matcher(text);
        if (!m.find()) {
            return text;
        }
        Matcher field = FIELD.matcher(m.group(1));
        while (field.find()) {
            String key = field.group(1).toLowerCase(Locale.ROOT);
            String value = field.group(2).replaceAll("^[\"']|[\"']$", "");
            switch (key) {
                case "title", "publisher", "author", "date", "url" -> meta.put(key, value);
                case "source", "site", "outlet" -> meta.putIfAbsent("publisher", value);
                case "link" -> meta.putIfAbsent("url", value);
                default -> {}
            }
        }
        return text.substring(m.end());
    }

    /** Markdown's markup out, and the HTML Markdown allows: script and style blocks whole, other tags alone. */
    private static String markdown(String text) {
        String plain = text;
        // Again until nothing changes: taking out one tag may join the halves of another (<scr<b>ipt>).
        for (String before = null; !plain.equals(before); ) {
            before = plain;
            plain = HTML_TAGS.matcher(HTML_BLOCKS.matcher(plain).replaceAll("")).replaceAll("");
        }
        return MARKDOWN.matcher(plain).replaceAll(r -> r.group(1) != null ? Matcher.quoteReplacement(r.group(1)) : "");
    }

    /** A "By NAME [in PLACE] [DATE]" line names the author, and maybe the date. */
    private static void byline(String text, Map<String, String> meta) {
        Matcher m = BYLINE.matcher(text);
        if (m.find()) {
            meta.putIfAbsent("author", m.group(1));
            if (m.group(2) != null) {
                meta.putIfAbsent("date", m.group(2));
            }
        }
    }

    private static String html(String raw, Map<String, String> meta) {
        Document page = Jsoup.parse(raw);
        putMeta(meta, "title", page, "meta[property=og:title]", "meta[name=twitter:title]");
        if (!meta.containsKey("title") && !page.title().isBlank()) {
            meta.put("title", page.title().strip());
        }
        putMeta(meta, "publisher", page, "meta[property=og:site_name]", "meta[name=publisher]");
        putMeta(meta, "author", page, "meta[name=author]", "meta[property=article:author]");
        putMeta(
                meta,
                "date",
                page,
                "meta[property=article:published_time]",
                "meta[name=date]",
                "meta[itemprop=datePublished]");
        if (!meta.containsKey("date")) {
            Element time = page.selectFirst("time[datetime]");
            if (time != null) {
                meta.put("date", time.attr("datetime"));
            }
        }
        putMeta(meta, "url", page, "meta[property=og:url]");
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null && !meta.containsKey("url")) {
            meta.put("url", canonical.attr("href"));
        }
        page.select(NOT_STORY).remove();
        Element story = page.selectFirst("article");
        if (story == null) {
            story = page.selectFirst("main, [role=main]");
        }
        if (story == null) {
            story = page.body();
        }
        StringBuilder out = new StringBuilder();
        text(story, out);
        return out.toString();
    }

    private static void putMeta(Map<String, String> meta, String key, Document page, String... selectors) {
        for (String selector : selectors) {
            Element e = page.selectFirst(selector);
            if (e != null && !e.attr("content").isBlank() && !meta.containsKey(key)) {
                meta.put(key, e.attr("content").strip());
            }
        }
    }

    /**
     * The text of an element, a blank line before and after each block (paragraph, heading, list item, quote);
     * walked without recursion, as a page may nest deeper than the stack.
     */
    private static void text(Element root, StringBuilder out) {
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode t) {
                            out.append(t.text());
                        } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                            out.append("\n\n");
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element e && e.isBlock()) {
                            out.append("\n\n");
                        }
                    }
                },
                root);
    }

    /** Spaces and line breaks as a reader sees them; control characters out; at most one blank line in a row. */
    private static String normalize(String text) {
        String t = text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u00a0', ' ')
                .replaceAll("[\\p{Cc}&&[^\\n\\t]]", "")
                .replaceAll("[\\p{Cf}&&[^\\u200d]]", "")
                .replaceAll("[ \\t]+", " ")
                .replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n");
        return t.strip();
    }

    /**
     * An ISO date (2021-11-19, or the date of a timestamp) or a long English one (November 19, 2021), as
     * 2021-11-19; otherwise a {@link UserError} naming {@code file} (or the field it came from).
     */
    public static String date(String file, String text) {
        String t = text.strip();
        Matcher iso = ISO_DATE.matcher(t);
        if (iso.find()) {
            return iso.group(1);
        }
        try {
            return LocalDate.parse(t, LONG_DATE).toString();
        } catch (DateTimeParseException e) {
            throw new UserError(file + ": date '" + t + "' is not a date such as 2021-11-19 or November 19, 2021");
        }
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max
                ? text
                : text.substring(0, max).strip() + "…";
    }

    /**
     * The article's address if it is a web address (http or https): a {@code javascript:} or {@code data:} address
     * would run in the page of whoever follows it. One given by the caller is refused; one read from the page is
     * left out.
     */
    private static String webAddress(String file, String url, boolean given) {
        if (url == null) {
            return null;
        }
        String scheme = url.strip().toLowerCase(java.util.Locale.ROOT);
        if (scheme.startsWith("http://") || scheme.startsWith("https://")) {
            return url.strip();
        }
        if (given) {
            throw new UserError(file + ": url must be an http:// or https:// address, not '" + clip(url, 80) + "'");
        }
        return null;
    }

    /** Refuses text too long to read, or with a run too long to be read as sentences, saying how to split it. */
    private static void checkBudget(String file, String text) {
        if (text.length() > MAX_CHARACTERS) {
            throw new OverBudget(
                    file + ": " + text.length() + " characters of text; an article may have at most " + MAX_CHARACTERS
                            + ": split it into several articles",
                    true);
        }
        var ends = SENTENCE_END.matcher(text);
        int from = 0;
        while (true) {
            int to = ends.find() ? ends.start() : text.length();
            if (to - from > MAX_RUN) {
                throw new OverBudget(
                        file + ": " + (to - from) + " characters from character " + from + " on without "
                                + "a sentence's end (. ! ? or a blank line); at most " + MAX_RUN
                                + " are read as one: split the "
                                + "text into sentences or paragraphs",
                        false);
            }
            if (to == text.length()) {
                return;
            }
            from = ends.end();
        }
    }
}
