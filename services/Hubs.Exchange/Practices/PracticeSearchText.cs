using Hubs.ServiceDefaults.Search;

namespace Hubs.Exchange.Practices;

/// <summary>
/// The text a practice is found by, folded by <see cref="SearchText"/>. Stored beside the practice, so every adapter
/// searches the same way.
/// </summary>
public static class PracticeSearchText
{
    /// <summary>Title, summary and the body's plain text (no Markdown syntax, no link targets), normalised.</summary>
    public static string For(string title, string summary, string bodyPlainText) =>
        string.Join(' ', new[] { title, summary, bodyPlainText }.Select(SearchText.Normalise).Where(p => p.Length > 0));
}
