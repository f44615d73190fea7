using System.Globalization;

namespace Hubs.Directory.Statistics;

/// <summary>
/// Each figure of <see cref="NetworkStatistics"/> as a table (a header row and data rows), by the name used in
/// <c>GET /api/directory/stats/{figure}.csv</c>: the CSV a coordinator downloads holds the same numbers as the JSON.
/// </summary>
public static class StatisticsFigures
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "consultations-per-hub-per-week", "demand-by-topic", "demand-by-province", "demand-by-region",
        "outcomes-by-category", "outcomes-by-category-per-week", "referral-matrix", "warm-referral-matrix", "practice-adoptions",
    ];

    /// <summary>The table of <paramref name="figure"/>; null when no figure has that name.</summary>
    public static (string[] Header, IEnumerable<string[]> Rows)? Table(NetworkStatistics stats, string figure) => figure switch
    {
        "consultations-per-hub-per-week" => (["hubId", "isoWeek", "count"], stats.ConsultationsPerHubPerWeek.Select(r => Row(r.HubId, r.IsoWeek, r.Count))),
        "demand-by-topic" => (["topic", "count"], stats.DemandByTopic.Select(r => Row(r.Topic, r.Count))),
        "demand-by-province" => (["provinceCode", "count"], stats.DemandByProvince.Select(r => Row(r.ProvinceCode, r.Count))),
        "demand-by-region" => (["region", "count"], stats.DemandByRegion.Select(r => Row(r.Region, r.Count))),
        "outcomes-by-category" => (["category", "count"], stats.OutcomesByCategory.Select(r => Row(r.Category, r.Count))),
        "outcomes-by-category-per-week" => (["category", "isoWeek", "count"], stats.OutcomesByCategoryPerWeek.Select(r => Row(r.Category, r.IsoWeek, r.Count))),
        "referral-matrix" => (["from", "to", "count"], stats.Referrals.Matrix.Select(r => Row(r.From, r.To, r.Count))),
        "warm-referral-matrix" => (["from", "to", "count"], (stats.Referrals.Warm?.Matrix ?? []).Select(r => Row(r.From, r.To, r.Count))),
        "practice-adoptions" => (["practiceHubId", "adoptingHubId", "count"], stats.PracticeAdoptions.Select(r => Row(r.PracticeHubId, r.AdoptingHubId, r.Count))),
        _ => null,
    };

    private static string[] Row(string key, long count) => [key, count.ToString(CultureInfo.InvariantCulture)];

    private static string[] Row(string key, string second, long count) => [key, second, count.ToString(CultureInfo.InvariantCulture)];
}
