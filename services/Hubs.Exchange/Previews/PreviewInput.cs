namespace Hubs.Exchange.Previews;

/// <summary>The body of <c>POST /api/practices/preview</c>. Nullable: what is missing is reported by <see cref="MarkdownDraft"/>.</summary>
public sealed class PreviewInput
{
    public string? BodyMarkdown { get; set; }
}
