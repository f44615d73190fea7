using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Fluid;
using Markdig;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Mail;

/// <summary>
/// The mail templates: <c>{kind}.{language}.md</c> (Liquid, then Markdown: its first line is the subject, the rest the
/// body, which is also the plain-text part) and <c>layout.html</c> (Liquid, HTML-encoded, <c>{{ body | raw }}</c>). A
/// file of the same name in <see cref="MailOptions.TemplateDirectory"/> replaces the built-in one, read on every mail so
/// a hub edits wording or logo without a restart; one that is missing or does not parse or render is replaced by the
/// built-in one, and the log says which and why.
/// </summary>
public sealed class MailTemplates(IOptions<MailOptions> options, ILogger<MailTemplates> logger)
{
    private static readonly FluidParser Parser = new();
    private static readonly ConcurrentDictionary<string, IFluidTemplate> BuiltIn = new(StringComparer.Ordinal);

    // No raw HTML from a template's Markdown: the layout is the one place HTML is written.
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().DisableHtml().Build();

    public RenderedMail Render(string kind, string language, IReadOnlyDictionary<string, string> values)
    {
        var name = $"{kind}.{language}.md";
        var markdown = RenderText(name, values, encoder: null);
        var (subject, body) = Split(markdown);
        if (subject.Length == 0)
        {
            logger.LogWarning("Mail template {Template} gives no subject line; the built-in one is used", name);
            (subject, body) = Split(BuiltInTemplate(name).Render(Context(values)));
        }

        var layoutValues = new Dictionary<string, string>(values, StringComparer.Ordinal) { ["body"] = Markdig.Markdown.ToHtml(body, Markdown), ["subject"] = subject };
        var html = RenderText("layout.html", layoutValues, HtmlEncoder.Default);
        return new RenderedMail(subject, body, html);
    }

    private string RenderText(string name, IReadOnlyDictionary<string, string> values, TextEncoder? encoder)
    {
        if (Custom(name) is { } custom)
        {
            try
            {
                return encoder is null ? custom.Render(Context(values)) : custom.Render(Context(values), encoder);
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
            {
                logger.LogWarning(ex, "Mail template {Template} of this hub does not render; the built-in one is used", name);
            }
        }

        var template = BuiltInTemplate(name);
        return encoder is null ? template.Render(Context(values)) : template.Render(Context(values), encoder);
    }

    private IFluidTemplate? Custom(string name)
    {
        var directory = options.Value.TemplateDirectory;
        if (string.IsNullOrWhiteSpace(directory))
        {
            return null;
        }

        var path = Path.Combine(directory, name);
        if (!File.Exists(path))
        {
            logger.LogInformation("No mail template {Template} in the hub's template folder; the built-in one is used", name);
            return null;
        }

        string source;
        try
        {
            source = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            logger.LogWarning(ex, "Mail template {Template} of this hub cannot be read; the built-in one is used", name);
            return null;
        }

        if (!Parser.TryParse(source, out var template, out var error))
        {
            logger.LogWarning("Mail template {Template} of this hub does not parse ({Error}); the built-in one is used", name, error);
            return null;
        }

        return template;
    }

    private static IFluidTemplate BuiltInTemplate(string name) => BuiltIn.GetOrAdd(name, static n =>
    {
        using var stream = typeof(MailTemplates).Assembly.GetManifestResourceStream($"Mail.Templates.{n}")
            ?? throw new InvalidOperationException($"The built-in mail template {n} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parser.Parse(reader.ReadToEnd());
    });

    private static TemplateContext Context(IReadOnlyDictionary<string, string> values)
    {
        var context = new TemplateContext();
        foreach (var (key, value) in values)
        {
            context.SetValue(key, value);
        }

        return context;
    }

    private static (string Subject, string Body) Split(string markdown)
    {
        var text = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\n');
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? (text.Trim(), "") : (text[..end].Trim(), text[(end + 1)..].Trim('\n') + "\n");
    }
}

/// <summary>A mail's subject, plain-text body and HTML body.</summary>
public sealed record RenderedMail(string Subject, string Text, string Html);
