using Hubs.Contracts.Events;
using Hubs.Contracts.Taxonomy;
using Hubs.ServiceDefaults.Search;

namespace Hubs.Directory.Experts;

/// <summary>
/// The text an expert is found by, folded by <see cref="SearchText"/> ("sicurezza" finds "Sicurezza informatica").
/// Stored beside the expert, so every adapter searches the same way.
/// </summary>
public static class ExpertSearchText
{
    /// <summary>Name, title, bio and the Italian and English labels of the competencies, normalised.</summary>
    public static string For(ExpertPublished expert)
    {
        var parts = new List<string?> { expert.Name, expert.Title, expert.Bio };
        foreach (var code in expert.Competencies ?? [])
        {
            var topic = Topics.Find(code);
            parts.Add(topic?.LabelIt);
            parts.Add(topic?.LabelEn);
        }

        return string.Join(' ', parts.Select(SearchText.Normalise).Where(p => p.Length > 0));
    }
}
