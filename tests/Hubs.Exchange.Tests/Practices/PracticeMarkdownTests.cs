using System.Text.RegularExpressions;
using Hubs.Exchange.Practices;

namespace Hubs.Exchange.Tests.Practices;

/// <summary>The rendering is safe to put in a page: no script, no event handler, no script URL, whatever the Markdown says.</summary>
public sealed partial class PracticeMarkdownTests
{
    private static readonly string[] ForbiddenTags =
        ["script", "iframe", "frame", "style", "svg", "object", "embed", "form", "input", "video", "audio", "link", "meta", "base"];

    public static TheoryData<string> Attacks() =>
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"x\" onerror=\"alert(1)\"/> inline",
        "<div onclick=\"alert(1)\">block html</div>",
        "<a href=\"javascript:alert(1)\">html link</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<svg><script>alert(1)</script></svg>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x]( javascript:alert(1) )",
        "[x](java&#9;script:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![img](javascript:alert(1))",
        "![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "<javascript:alert(1)>",
        "[ref]\n\n[ref]: javascript:alert(1)",
        "[x](https://ok.example.org){onclick=\"alert(1)\"}",
        "# Title {onmouseover=alert(1)}",
        "![video](https://www.youtube.com/watch?v=dQw4w9WgXcQ)",
        "[x](https://ok.example.org \"title\\\" onmouseover=\\\"alert(1)\")",
        "::: warning\" onclick=\"alert(1)\nbody\n:::",
        "| a |\n|---|\n| <script>alert(1)</script> |",
        "Footnote[^1]\n\n[^1]: [x](javascript:alert(1))",
        "*[HTML]: <script>alert(1)</script>\n\nHTML here",
        "```\n<script>alert(1)</script>\n```",
        "`<script>alert(1)</script>`",
        "$<script>alert(1)</script>$",
        "tel:+390312345 and www.example.org and ftp://files.example.org",
        new string('>', 20_000) + " too deep <script>alert(1)</script>",
        new string('[', 20_000),
    ];

    [Theory]
    [MemberData(nameof(Attacks))]
    public void No_script_event_handler_or_script_url_survives(string markdown)
    {
        var html = PracticeMarkdown.ToHtml(markdown);

        foreach (Match tag in Tag().Matches(html))
        {
            Assert.DoesNotContain(tag.Groups["name"].Value.TrimStart('/').ToLowerInvariant(), ForbiddenTags);
            // Attribute values are always double-quoted with inner quotes escaped, so this reads them exactly.
            foreach (Match attribute in Attribute().Matches(tag.Value))
            {
                var name = attribute.Groups["name"].Value.ToLowerInvariant();
                Assert.False(name.StartsWith("on", StringComparison.Ordinal), $"event handler in {tag.Value}");
                var value = attribute.Groups["value"].Value;
                Assert.True(name is not ("href" or "src" or "action" or "formaction" or "xlink:href" or "style")
                    || value.StartsWith("https://", StringComparison.Ordinal) || value.StartsWith("http://", StringComparison.Ordinal) || value.StartsWith('#'),
                    $"unsafe {name} '{value}' in {tag.Value}");
            }
        }

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_script_url_becomes_the_link_text()
    {
        Assert.Equal("<p>click me</p>\n", PracticeMarkdown.ToHtml("[click me](javascript:alert(1))"));
        Assert.Equal("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n", PracticeMarkdown.ToHtml("<script>alert(1)</script>"));
        Assert.Equal("<p>&lt;img src=x onerror=alert(1)&gt;</p>\n", PracticeMarkdown.ToHtml("<img src=x onerror=alert(1)>"));
    }

    [Fact]
    public void Ordinary_markdown_renders_with_safe_links_kept()
    {
        var html = PracticeMarkdown.ToHtml("""
            ## Passi

            1. Brainstorming di **45'**
            2. Follow-up

            | fase | settimane |
            |------|-----------|
            | pilota | 4 |

            Vedi [il modello](https://hub.example.org/modello) e www.example.org. Nota[^1].

            [^1]: Fonte interna.
            """);

        Assert.Contains("<h2 id=\"passi\">Passi</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Brainstorming di <strong>45'</strong></li>", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://hub.example.org/modello\" rel=\"nofollow noopener noreferrer ugc\">il modello</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"http://www.example.org\" rel=\"nofollow noopener noreferrer ugc\">www.example.org</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#fn:1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_search_text_is_the_plain_text_folded()
    {
        var rendering = PracticeRendering.For(Infrastructure.PracticeEvents.Published("ivrea", Guid.NewGuid(), 1,
            title: "Perché VENDERE online", body: "Un **caffè** [qui](https://example.org/hidden-target)"));

        Assert.Contains("perche vendere online", rendering.SearchText, StringComparison.Ordinal);
        Assert.Contains("un caffe qui", rendering.SearchText, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden-target", rendering.SearchText, StringComparison.Ordinal);
        Assert.DoesNotContain("**", rendering.SearchText, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<(?<name>/?[a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s(?<name>[^\s=/>""']+)(?:\s*=\s*""(?<value>[^""]*)"")?")]
    private static partial Regex Attribute();
}
