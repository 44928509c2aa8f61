package org.influencegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.influencegraph.UserError;
import org.influencegraph.importer.ArticleReader.Format;
import org.influencegraph.model.Article;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

    private static Article read(String file, String text) {
        return ArticleReader.read(file, text.getBytes(StandardCharsets.UTF_8), ArticleReader.format(file), Map.of());
    }

    @Test
    void plain_text_takes_its_title_from_the_first_line_and_author_and_date_from_the_byline() {
        String story = "Minister resigns after talks collapse\r\n\r\nBy Jane Reporter in Vilnius March 3, 2024\r\n\r\n"
                + "The minister  resigned on Sunday.\u0007\r\nTalks had failed.\n\n\n\nMore follows.";
        Article a = read("story.txt", story);

        assertThat(a.title()).isEqualTo("Minister resigns after talks collapse");
        assertThat(a.author()).isEqualTo("Jane Reporter");
        assertThat(a.date()).isEqualTo("2024-03-03");
        assertThat(a.text())
                .isEqualTo("Minister resigns after talks collapse\n\nBy Jane Reporter in Vilnius March 3, 2024"
                        + "\n\nThe minister resigned on Sunday.\nTalks had failed.\n\nMore follows.");
        assertThat(a.id())
                .startsWith("article-")
                .hasSize(24)
                .isEqualTo(read("story.txt", story).id());

        Article given = ArticleReader.read(
                "story.txt",
                story.getBytes(StandardCharsets.UTF_8),
                Format.TEXT,
                Map.of("publisher", "Test Wire", "date", "2024-03-04", "url", "https://example.org/a/1", "title", " "));
        assertThat(given.publisher()).isEqualTo("Test Wire");
        assertThat(given.date()).isEqualTo("2024-03-04");
        assertThat(given.title()).isEqualTo("Minister resigns after talks collapse");
        assertThat(given.id()).isNotEqualTo(a.id());
    }

    @Test
    void markdown_gives_its_front_matter_and_loses_its_markup() {
        Article a = read(
                "story.md",
                "\ufeff---\ntitle: \"Envoy brokers prisoner swap\"\npublisher: Test Daily\n"
                        + "date: 2024-08-01\nurl: https://example.org/swap\n---\n## The swap\n\n**Ankara** hosted the "
                        + "[exchange](https://example.org/x), *officials* said.<scr<b>ipt>alert(1)</script><!-- note -->\n");

        assertThat(a.title()).isEqualTo("Envoy brokers prisoner swap");
        assertThat(a.publisher()).isEqualTo("Test Daily");
        assertThat(a.date()).isEqualTo("2024-08-01");
        assertThat(a.url()).isEqualTo("https://example.org/swap");
        assertThat(a.text()).isEqualTo("The swap\n\nAnkara hosted the exchange, officials said.");
    }

    @Test
    void html_keeps_the_story_and_leaves_out_scripts_navigation_and_boilerplate() {
        String page = """
                <!doctype html><html><head><title>Site | Story</title>
                <meta property="og:title" content="Mediator flies to Doha">
                <meta property="og:site_name" content="Test Post">
                <meta name="author" content="Ann Writer">
                <meta property="article:published_time" content="2024-05-06T09:30:00Z">
                <link rel="canonical" href="https://example.org/doha">
                <script>var tracker = "Vladimir Putin";</script><style>p{color:red}</style></head>
                <body><header>Home &middot; World</header><nav><a href="/">Politics</a></nav>
                <article><h1>Mediator flies to Doha</h1><p>The envoy <b>met</b> both sides.<br>Talks resume today.</p>
                <aside>Related: other stories</aside><p>&ldquo;We are close,&rdquo; she said.</p>
                <script>alert(1)</script><div class="share">Share on X</div></article>
                <footer>&copy; Test Post</footer><form><input value="Subscribe"></form></body></html>""";
        Article a = read("doha.html", page);

        assertThat(a.title()).isEqualTo("Mediator flies to Doha");
        assertThat(a.publisher()).isEqualTo("Test Post");
        assertThat(a.author()).isEqualTo("Ann Writer");
        assertThat(a.date()).isEqualTo("2024-05-06");
        assertThat(a.url()).isEqualTo("https://example.org/doha");
        assertThat(a.text())
                .isEqualTo("Mediator flies to Doha\n\nThe envoy met both sides.\n\nTalks resume today."
                        + "\n\n\u201cWe are close,\u201d she said.");
    }

    @Test
    void empty_binary_oversized_and_wrongly_encoded_files_are_refused_with_their_name() {
        assertThatThrownBy(() -> read("empty.txt", " \n\n "))
                .isInstanceOf(UserError.class)
                .hasMessage("empty.txt: no text (the file is empty)");
        assertThatThrownBy(() -> read("scripts.html", "<html><body><script>x()</script><nav>Home</nav></body></html>"))
                .hasMessage("scripts.html: no text once the page's markup is left out");
        assertThatThrownBy(() -> ArticleReader.read(
                        "photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}, Format.TEXT, Map.of()))
                .hasMessage("photo.txt: binary data, not an article (save the story as text, " + "Markdown or HTML)");
        byte[] cp1251 = "Лукашенко встретился с Путиным".getBytes(Charset.forName("windows-1251"));
        assertThatThrownBy(() -> ArticleReader.read("ru.txt", cp1251, Format.TEXT, Map.of()))
                .hasMessage("ru.txt: not UTF-8 text; save it as UTF-8 (in most editors: Save as, encoding UTF-8) and "
                        + "import it again");
        byte[] huge = new byte[ArticleReader.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertThatThrownBy(() -> ArticleReader.read("huge.txt", huge, Format.TEXT, Map.of()))
                .hasMessage("huge.txt: 5000001 bytes; an article may have at most 5000000");
        assertThatThrownBy(() -> read("dated.md", "---\ndate: last Tuesday\n---\nText."))
                .hasMessage("dated.md: date 'last Tuesday' is not a date such as 2021-11-19 or November 19, 2021");
        assertThat(ArticleReader.format("notes.pdf")).isNull();
    }
}
