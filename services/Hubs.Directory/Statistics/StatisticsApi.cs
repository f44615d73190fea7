using System.Text;
using System.Text.Json;
using Hubs.Contracts.Consultations;
using Hubs.Contracts.Geography;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.Directory.Statistics;

/// <summary>
/// <c>GET /api/directory/stats</c>, for coordinators. Every figure is counted from anonymous facts, by day in Italy:
/// <list type="bullet">
/// <item>consultationsPerHubPerWeek: consultations (both kinds) neither cancelled nor missed (no-show), by the ISO week of their start;</item>
/// <item>demandByTopic / demandByProvince: brainstormings not cancelled (one per business need; follow-ups deepen the same need), by start date;</item>
/// <item>outcomesByCategory: consultations with an outcome recorded, by start date; every known category is listed, with 0 when none;
/// outcomesByCategoryPerWeek: the same by ISO week of the meeting;</item>
/// <item>demandByRegion: demandByProvince summed by region;</item>
/// <item>referrals: referral requests asked in the period (total) and, for those a hub asked, from that hub to the hub ranked first;
/// referrals.warm: warm referrals opened in the period by status now, and the from → to matrix of those a hub's staff made;</item>
/// <item>practiceAdoptions: practices adopted in the period (date of the adoption), per author hub and adopting hub, as the exchange published them.</item>
/// </list>
/// Each answer carries an ETag: a watcher polling with If-None-Match gets 304 while nothing changed (decision 0029).
/// Each figure is also CSV at <c>/api/directory/stats/{figure}.csv</c>.
/// </summary>
public static class StatisticsApi
{
    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/directory/stats").WithTags("Statistics");

        group.MapGet("/", GetStatistics)
            .WithName("GetStatistics")
            .WithSummary("Consultations per hub per week, demand by topic and province, outcomes by category and referrals between hubs over a period (default: 90 days back to 60 days ahead, upcoming meetings included).")
            .Produces<NetworkStatistics>()
            .Produces(StatusCodes.Status304NotModified)
            .RequireAuthorization(Policies.Coordinator);

        group.MapGet("/{figure}.csv", GetFigureCsv)
            .WithName("GetStatisticsFigureCsv")
            .WithSummary("One figure of the statistics as RFC 4180 CSV with a header row, for the same period parameters (from, to): consultations-per-hub-per-week, demand-by-topic, demand-by-province, demand-by-region, outcomes-by-category, outcomes-by-category-per-week, referral-matrix, warm-referral-matrix, practice-adoptions.")
            .Produces(StatusCodes.Status200OK, contentType: CsvTable.MediaType)
            .RequireAuthorization(Policies.Coordinator);

        return app;
    }

    public static async Task<IResult> GetStatistics(
        [AsParameters] StatsQuery query, [AsParameters] StatisticsServices services, CancellationToken cancellationToken)
    {
        var today = NetworkCalendar.Today(services.Clock);
        if (query.ToPeriod(today, out var errors) is not { } period)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (body, tag) = await services.Memo.GetAsync(period, today, async () =>
            JsonSerializer.SerializeToUtf8Bytes(await SummariseAsync(period, today, services, cancellationToken), services.Json.Value.SerializerOptions));
        return EntityTags.Answer(services.Http, body, tag);
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetFigureCsv(
        string figure, [AsParameters] StatsQuery query, [AsParameters] StatisticsServices services, CancellationToken cancellationToken)
    {
        if (!StatisticsFigures.Names.Contains(figure, StringComparer.Ordinal))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No such figure",
                detail: $"'{figure}' is not a figure of the statistics; ask for one of: {string.Join(", ", StatisticsFigures.Names)}.",
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["figure"] = [.. StatisticsFigures.Names] } });
        }

        var today = NetworkCalendar.Today(services.Clock);
        if (query.ToPeriod(today, out var errors) is not { } period)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var statistics = await SummariseAsync(period, today, services, cancellationToken);
        var (header, rows) = StatisticsFigures.Table(statistics, figure)!.Value;
        return TypedResults.File(
            Encoding.UTF8.GetBytes(CsvTable.Write(header, rows)),
            CsvTable.MediaType + "; charset=utf-8; header=present",
            $"{figure}_{period.First:yyyy-MM-dd}_{period.Last:yyyy-MM-dd}.csv");
    }

    private static async Task<NetworkStatistics> SummariseAsync(
        DatePeriod period, DateOnly today, StatisticsServices services, CancellationToken cancellationToken)
    {
        var consultations = await services.Consultations.SummariseAsync(period, cancellationToken);
        var referrals = await services.Referrals.SummariseAsync(period, cancellationToken)
            with { Warm = await services.WarmReferrals.SummariseAsync(period, cancellationToken) };
        return new NetworkStatistics
        {
            From = period.First,
            To = period.Last,
            Period = StatisticsPeriod.Of(period, today),
            ConsultationsPerHubPerWeek = consultations.ConsultationsPerHubPerWeek,
            DemandByTopic = consultations.DemandByTopic,
            DemandByProvince = consultations.DemandByProvince,
            DemandByRegion = ByRegion(consultations.DemandByProvince),
            OutcomesByCategory = WithEveryCategory(consultations.OutcomesByCategory),
            OutcomesByCategoryPerWeek = consultations.OutcomesByCategoryPerWeek,
            Referrals = referrals,
            PracticeAdoptions = await services.Adoptions.CountAsync(period, cancellationToken),
        };
    }

    private static List<RegionCount> ByRegion(IReadOnlyList<ProvinceCount> provinces) =>
    [
        .. provinces
            .Select(p => (Region: Provinces.Find(p.ProvinceCode)?.Region, p.Count))
            .Where(p => p.Region is not null)
            .GroupBy(p => p.Region!, StringComparer.Ordinal)
            .Select(g => new RegionCount(g.Key, g.Sum(p => p.Count)))
            .OrderByDescending(r => r.Count)
            .ThenBy(r => r.Region, StringComparer.Ordinal),
    ];

    // A chart wants every category, even one nobody has reached yet; a category newer than this service still shows.
    private static List<CategoryCount> WithEveryCategory(IReadOnlyList<CategoryCount> counted) =>
    [
        .. counted,
        .. OutcomeCategories.All
            .Where(c => !counted.Any(x => x.Category == c))
            .Order(StringComparer.Ordinal)
            .Select(c => new CategoryCount(c, 0)),
    ];
}
