using System.Globalization;
using Hubs.Contracts.Federation;
using Hubs.Contracts.Geography;
using Hubs.Contracts.Taxonomy;
using Hubs.ServiceDefaults.Http;
using Hubs.ServiceDefaults.Search;

namespace Hubs.Directory.Experts;

/// <summary>
/// The query string of <c>GET /api/directory/experts</c>, taken as text so that a malformed number is answered with
/// a problem naming the field rather than the framework's bare 400. <c>topic</c> may repeat (an expert matches with any
/// of them); the other filters combine with AND.
/// </summary>
public sealed record ExpertQuery(
    string[]? Topic,
    string? Hub,
    string? Q,
    string? Language,
    string? Region,
    string? Province,
    string? FreeWithinDays,
    string? Page,
    string? PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxQueryLength = 200;
    public const int MaxFreeWithinDays = 365;

    /// <summary>The search this query asks for at <paramref name="now"/>, or the problems with it keyed by query parameter.</summary>
    public ExpertSearch? ToSearch(DateTimeOffset now, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var topics = (Topic ?? []).Where(t => !Blank(t)).Select(t => t.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (topics.Any(t => !Topics.IsKnown(t)))
        {
            errors["topic"] = [$"Unknown topic. Known topics: {string.Join(", ", Topics.All.Select(t => t.Code))}."];
        }

        var hub = Blank(Hub) ? null : Hub!.Trim();
        if (hub is not null && !HubIds.IsWellFormed(hub))
        {
            errors["hub"] = ["A hub id is 2 to 32 lower-case letters, digits and single dashes."];
        }

        if (Q is { Length: > MaxQueryLength })
        {
            errors["q"] = [$"The search text is at most {MaxQueryLength} characters."];
        }

        var language = Blank(Language) ? null : Language!.Trim().ToLowerInvariant();
        if (language is not null && !LanguageCodes.IsKnown(language))
        {
            errors["language"] = ["Unknown language: use an ISO 639-1 two-letter code such as it, en, de."];
        }

        var region = Blank(Region) ? null : Regions.Find(Region);
        if (!Blank(Region) && region is null)
        {
            errors["region"] = [$"Unknown region. Regions: {string.Join(", ", Regions.All.Order(StringComparer.Ordinal))}."];
        }

        var province = Blank(Province) ? null : Province!.Trim().ToUpperInvariant();
        if (province is not null && !Provinces.IsKnown(province))
        {
            errors["province"] = ["Unknown province: use the two-letter code (sigla) of an Italian province, such as CO or NA."];
        }

        var freeWithin = Blank(FreeWithinDays)
            ? (int?)null
            : QueryNumbers.Parse(FreeWithinDays, 0, "freeWithinDays", 0, MaxFreeWithinDays,
                $"freeWithinDays is a whole number of days from 0 to {MaxFreeWithinDays}.", errors);
        var page = QueryNumbers.Parse(Page, 1, "page", 1, int.MaxValue, "The page is a whole number from 1.", errors);
        var pageSize = QueryNumbers.Parse(PageSize, DefaultPageSize, "pageSize", 1, MaxPageSize,
            $"The page size is a whole number from 1 to {MaxPageSize}.", errors);

        return errors.Count > 0
            ? null
            : new ExpertSearch
            {
                Topics = topics,
                HubId = hub,
                Language = language,
                Region = region,
                ProvinceCode = province,
                FreeBy = freeWithin is { } days ? now.AddDays(days) : null,
                Terms = SearchText.Terms(Q),
                Page = page,
                PageSize = pageSize,
            };
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
