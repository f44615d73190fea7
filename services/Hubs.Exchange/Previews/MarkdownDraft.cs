using System.Globalization;
using Hubs.Contracts.Practices;
using Hubs.ServiceDefaults.Http;

namespace Hubs.Exchange.Previews;

/// <summary>The validated body of a preview: Markdown no longer than a practice's body may be.</summary>
public sealed record MarkdownDraft(string BodyMarkdown) : IRequestDraft<MarkdownDraft>
{
    public static ValueTask<Valid<MarkdownDraft>> ReadAsync(HttpContext http) =>
        Valid.ReadAsync<PreviewInput, MarkdownDraft>(http, "the preview", Validate);

    private static Dictionary<string, string[]> Validate(PreviewInput input, out MarkdownDraft? draft)
    {
        var body = input.BodyMarkdown ?? "";
        var problem = string.IsNullOrWhiteSpace(body) ? "The bodyMarkdown is required: the Markdown to preview."
            : body.Length > PracticeLimits.MaxBodyLength ? string.Create(CultureInfo.InvariantCulture, $"The bodyMarkdown must be at most {PracticeLimits.MaxBodyLength} characters.")
            : null;
        draft = problem is null ? new MarkdownDraft(body) : null;
        return problem is null ? [] : new Dictionary<string, string[]> { ["bodyMarkdown"] = [problem] };
    }
}
