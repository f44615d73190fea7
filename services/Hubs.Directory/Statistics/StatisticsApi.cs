using Hubs.Contracts.Consultations;
using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.Directory.Statistics;

/// <summary>
/// <c>GET /api/directory/stats</c>, for coordinators. Every figure is counted from anonymous facts, by day in Italy:
/// <list type="bullet">
/// <item>consultationsPerHubPerWeek: consultations (both kinds) neither cancelled nor missed (no-show), by the ISO week of their start;</item>
/// <item>demandByTopic / demandByProvince: brainstormings not cancelled (one per business need; follow-ups deepen the same need), by start date;</item>
/// <item>outcomesByCategory: consultations with an outcome recorded, by start date; every known category is listed, with 0 when none;</item>
/// <item>referrals: referral requests asked in the period (total) and, for those a hub asked, from that hub to the hub ranked first;
/// referrals.warm: warm referrals opened in the period by status now, and the from → to matrix of those a hub's staff made;</item>
/// <item>practiceAdoptions: practices adopted in the period (date of the adoption), per author hub and adopting hub, as the exchange published them.</item>
/// </list>
/// </summary>
public static class StatisticsApi
{
    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/directory/stats").WithTags("Statistics");

        group.MapGet("/", GetStatistics)
            .WithName("GetStatistics")
            .WithSummary("Consultations per hub per week, demand by topic and province, outcomes by category and referrals between hubs over a period (default: 90 days back to 60 days ahead, upcoming meetings included).")
            .RequireAuthorization(Policies.Coordinator);

        return app;
    }

    public static async Task<Results<Ok<NetworkStatistics>, ValidationProblem>> GetStatistics(
        [AsParameters] StatsQuery query, [AsParameters] StatisticsServices services, CancellationToken cancellationToken)
    {
        var today = NetworkCalendar.Today(services.Clock);
        if (query.ToPeriod(today, out var errors) is not { } period)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var consultations = await services.Consultations.SummariseAsync(period, cancellationToken);
        var referrals = await services.Referrals.SummariseAsync(period, cancellationToken)
            with { Warm = await services.WarmReferrals.SummariseAsync(period, cancellationToken) };
        return TypedResults.Ok(new NetworkStatistics
        {
            From = period.First,
            To = period.Last,
            Period = StatisticsPeriod.Of(period, today),
            ConsultationsPerHubPerWeek = consultations.ConsultationsPerHubPerWeek,
            DemandByTopic = consultations.DemandByTopic,
            DemandByProvince = consultations.DemandByProvince,
            OutcomesByCategory = WithEveryCategory(consultations.OutcomesByCategory),
            Referrals = referrals,
            PracticeAdoptions = await services.Adoptions.CountAsync(period, cancellationToken),
        });
    }

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
