using Hubs.Contracts.Events;

namespace Hubs.Exchange.Practices;

/// <summary>What the exchange derives from a published version before storing it: the safe HTML and the search text.</summary>
public sealed record PracticeRendering(string BodyHtml, string SearchText)
{
    public static PracticeRendering For(PracticePublished practice)
    {
        var (html, plainText) = PracticeMarkdown.Render(practice.BodyMarkdown);
        return new PracticeRendering(html, PracticeSearchText.For(practice.Title, practice.Summary, plainText));
    }
}
