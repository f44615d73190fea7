using System.Globalization;
using System.Net;
using Hubs.Contracts.Practices;
using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Extensions.MediaLinks;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Hubs.Exchange.Practices;

/// <summary>
/// Renders a practice's Markdown to HTML that is safe to put in a page: raw HTML is escaped, links and images keep
/// only absolute http(s) targets or in-page anchors (a <c>javascript:</c>, <c>data:</c> or <c>vbscript:</c> target becomes
/// plain text), and the extensions that write attributes or frames from the text (generic attributes, media embeds)
/// are left out. Links get <c>rel="nofollow noopener noreferrer ugc"</c>.
/// </summary>
public static class PracticeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = Build();

    /// <summary>The body as safe HTML, and as plain text for search.</summary>
    public static (string Html, string PlainText) Render(string markdown)
    {
        try
        {
            var document = Markdown.Parse(markdown, Pipeline);
            Neutralise(document);
            return (document.ToHtml(Pipeline), PlainText(document));
        }
        catch (ArgumentException)
        {
            // Markdig refuses absurdly deep nesting; show such a body as it was written rather than lose it.
            return ($"<pre>{WebUtility.HtmlEncode(markdown)}</pre>\n", markdown);
        }
    }

    public static string ToHtml(string markdown) => Render(markdown).Html;

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .DisableHtml()
            .UseAdvancedExtensions()
            .UseReferralLinks("nofollow", "noopener", "noreferrer", "ugc");

        // "{onclick=...}" after a link would become an attribute, and media links become iframes: neither belongs in shared content.
        builder.Extensions.TryRemove<GenericAttributesExtension>();
        builder.Extensions.TryRemove<MediaLinkExtension>();
        return builder.Build();
    }

    // What Markdown.ToPlainText does, on the document already parsed and neutralised instead of a second parse.
    private static string PlainText(MarkdownDocument document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static void Neutralise(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().Where(l => !IsSafeTarget(l.Url)).ToList())
        {
            // The link's text (an image's alt text) stays, as plain inline content.
            link.ReplaceBy(new ContainerInline());
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().Where(l => !IsSafeTarget(l.Url)).ToList())
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
    }

    private static bool IsSafeTarget(string? url) =>
        url is not null && (PracticeLinks.IsAllowed(url) || (url.StartsWith('#') && !url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))));
}
