using System.Globalization;
using Hubs.Contracts.Federation;
using Hubs.Contracts.Taxonomy;
using Hubs.ServiceDefaults.Http;
using Hubs.ServiceDefaults.Search;

namespace Hubs.Exchange.Practices;

/// <summary>
/// The query string of <c>GET /api/practices</c>, taken as text so that a malformed number is answered with a problem
/// naming the field rather than the framework's bare 400.
/// </summary>
public sealed record PracticeQuery(string? Q, string? Topic, string? Hub, string? Language, string? Page, string? PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxQueryLength = 200;

    /// <summary>The search this query asks for, or the problems with it keyed by query parameter.</summary>
    public PracticeSearch? ToSearch(out Dictionary<string, string[]> errors)
    {
        errors = [];
        var topic = Blank(Topic) ? null : Topic!.Trim();
        if (topic is not null && !Topics.IsKnown(topic))
        {
            errors["topic"] = [$"Unknown topic. Known topics: {string.Join(", ", Topics.All.Select(t => t.Code))}."];
        }

        var hub = Blank(Hub) ? null : Hub!.Trim();
        if (hub is not null && !HubIds.IsWellFormed(hub))
        {
            errors["hub"] = ["A hub id is 2 to 32 lower-case letters, digits and single dashes."];
        }

        var language = Blank(Language) ? null : Language!.Trim();
        if (language is not null && !LanguageCodes.IsKnown(language))
        {
            errors["language"] = ["The language is an ISO 639-1 code in lower case, e.g. \"it\" or \"en\"."];
        }

        if (Q is { Length: > MaxQueryLength })
        {
            errors["q"] = [string.Create(CultureInfo.InvariantCulture, $"The search text is at most {MaxQueryLength} characters.")];
        }

        var page = QueryNumbers.Parse(Page, 1, "page", 1, int.MaxValue, "The page is a whole number from 1.", errors);
        var pageSize = QueryNumbers.Parse(PageSize, DefaultPageSize, "pageSize", 1, MaxPageSize,
            string.Create(CultureInfo.InvariantCulture, $"The page size is a whole number from 1 to {MaxPageSize}."), errors);

        return errors.Count > 0
            ? null
            : new PracticeSearch
            {
                Topic = topic,
                HubId = hub,
                Language = language,
                Terms = SearchText.Terms(Q),
                Page = page,
                PageSize = pageSize,
            };
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
