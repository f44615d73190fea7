using Hubs.Contracts.Geography;
using Hubs.Contracts.Taxonomy;
using Hubs.Portal.Gateway;
using Hubs.Portal.Localization;
using Microsoft.Extensions.Localization;

namespace Hubs.Portal.Components.Businesses;

/// <summary>The need as the search form sends it (query string), carried on to the booking to fill the intake.</summary>
public sealed record NeedQuery(IReadOnlyList<string> Topics, string? Province, string? Language, string? Urgency, string? Sector, string? Size)
{
    public static readonly NeedQuery Empty = new([], null, null, null, null, null);

    /// <summary>The need from the form's fields: known topics once each, blanks as not given.</summary>
    public static NeedQuery From(string[]? topic, string? province, string? language, string? urgency, string? sector, string? size) => new(
        [.. (topic ?? []).Where(Hubs.Contracts.Taxonomy.Topics.IsKnown).Distinct(StringComparer.Ordinal)],
        Blank(province), Blank(language), Blank(urgency), Blank(sector), Blank(size));

    /// <summary>The same need as a query string for the next page.</summary>
    public string ToQuery() => GatewayCalls.Query(
        [.. Topics.Select(t => ("topic", (string?)t)), ("province", Province), ("language", Language), ("urgency", Urgency), ("sector", Sector), ("size", Size)]);

    /// <summary>What must be given before the directory is asked, keyed by the form's field names.</summary>
    public Dictionary<string, string> Check(IStringLocalizer<Text> l)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Topics.Count == 0)
        {
            errors["topic"] = l["Error_TopicRequired"];
        }

        if (!Provinces.IsKnown(Province))
        {
            errors["province"] = l["Error_ProvinceRequired"];
        }

        return errors;
    }

    public ReferralNeed ToReferral(ReferrerNeed? referrer) => new(Province!, Topics, Sector, Size, Language, Urgency, referrer);

    /// <summary>The directory names the field it did not accept; the page says it in its own words, next to that field.</summary>
    public static Dictionary<string, string> Map(ApiProblem problem, IStringLocalizer<Text> l)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (api, field) in new[]
        {
            ("topics", "topic"), ("provinceCode", "province"), ("atecoSection", "sector"), ("sizeClass", "size"), ("language", "language"),
            ("urgency", "urgency"), ("referrer.kind", "referrerKind"), ("referrer.name", "referrerName"),
        })
        {
            if (problem.Names(api))
            {
                errors[field] = l["Error_Invalid"];
            }
        }

        if (errors.Count == 0)
        {
            errors["topic"] = l["Error_Invalid"];
        }

        return errors;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
