using System.Globalization;
using System.Text;
using Hubs.Portal.Auth;
using Hubs.Portal.Gateway;
using Hubs.ServiceDefaults.Http;

namespace Hubs.Portal.Components.Network;

/// <summary>
/// What the coordinators' pages fetch besides pages: the conditional poll of the live pages (decision 0029) and the
/// CSV downloads, which are the directory's own, passed through with the coordinator's token.
/// </summary>
public static class NetworkEndpoints
{
    public static IEndpointRouteBuilder MapNetworkEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(NetworkPaths.Live, LiveAsync).RequireAuthorization(PortalPolicies.Coordinator);
        app.MapGet("/network/statistics/{figure}.csv", FigureCsvAsync).RequireAuthorization(PortalPolicies.Coordinator);
        app.MapGet(NetworkPaths.ExpertsCsv, ExpertsCsvAsync).RequireAuthorization(PortalPolicies.Coordinator);
        return app;
    }

    /// <summary>
    /// 304 while neither the statistics of the period nor the hubs changed (nor, for a page with a period, the exchange's
    /// practice activity); otherwise 200 with the new tag. The three are asked at once, so a poll costs the slowest of them.
    /// </summary>
    public static async Task<IResult> LiveAsync(string? from, string? to, HttpContext http, NetworkClient network, CancellationToken cancellationToken)
    {
        var known = http.Request.Headers.IfNoneMatch.ToString();
        var knownStats = LiveTag.StatsPart(known);
        var knownPractices = LiveTag.PracticesPart(known);
        var stats = network.StatsTagAsync(from, to, knownStats, cancellationToken);
        var practices = Days(from, to) is { } days
            ? network.PracticeActivityTagAsync(days.From, days.To, knownPractices, cancellationToken)
            : Task.FromResult<string?>("");
        var (hubs, _) = await network.HubsAsync(cancellationToken);
        var tag = LiveTag.Of(await stats ?? knownStats!, await practices ?? knownPractices!, hubs);
        http.Response.Headers.ETag = tag;
        http.Response.Headers.CacheControl = "private, no-cache";
        return tag == known.Trim() ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Json(new { tag });
    }

    public static async Task<IResult> FigureCsvAsync(string figure, string? from, string? to, NetworkClient network, CancellationToken cancellationToken)
    {
        if (figure == NetworkClient.PracticeActivityFigure)
        {
            // The exchange's figure: the page links it with the period the directory resolved, both days given.
            if (Days(from, to) is not { } days)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]>
                {
                    [string.IsNullOrWhiteSpace(from) || !IsDay(from) ? "from" : "to"] = ["The first and last day of the period, yyyy-MM-dd (e.g. 2026-11-26)."],
                });
            }

            var (activity, name) = await network.PracticeActivityCsvAsync(days.From, days.To, cancellationToken);
            return Results.File(activity, "text/csv; charset=utf-8; header=present", name);
        }

        var (csv, fileName, problem) = await network.FigureCsvAsync(figure, from, to, cancellationToken);
        return csv is null
            ? Results.Problem(statusCode: (int)problem!.Status, title: problem.Reason, extensions: new Dictionary<string, object?> { ["errors"] = problem.Errors })
            : Results.File(csv, "text/csv; charset=utf-8; header=present", fileName);
    }

    /// <summary>Both days of a period, when both are given as yyyy-MM-dd and in order.</summary>
    public static (DateOnly From, DateOnly To)? Days(string? from, string? to) =>
        IsDay(from) && IsDay(to) && Day(from!) <= Day(to!) ? (Day(from!), Day(to!)) : null;

    private static bool IsDay(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static DateOnly Day(string text) => DateOnly.ParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>At most this many experts in one export (the network has a few hundred).</summary>
    public const int MaxExported = 5000;

    /// <summary>
    /// The experts of the view /experts shows (same filters as its form, every page of it) as CSV: the directory's
    /// public listing only, so there is no personal data to export.
    /// </summary>
    public static async Task<IResult> ExpertsCsvAsync(
        string? q, string? topic, string? hub, string? region, string? language, string? province, string? free,
        DirectoryClient directory, CancellationToken cancellationToken)
    {
        int? days = null;
        if (!string.IsNullOrWhiteSpace(free))
        {
            if (!int.TryParse(free, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["free"] = ["A whole number of days, 1 to 365."] });
            }

            days = parsed;
        }

        var rows = new List<string[]>();
        for (var page = 1; rows.Count < MaxExported; page++)
        {
            var result = await directory.ExpertsAsync(new ExpertFilter(topic, hub, q, language, region, province, days, page), 100, cancellationToken);
            if (result.Problem is { } problem)
            {
                return Results.ValidationProblem(problem.Errors.ToDictionary(e => e.Key, e => e.Value));
            }

            rows.AddRange(result.Value!.Items.Select(e => new[]
            {
                e.HubId, e.ExpertId.ToString(), e.Name, e.Title, string.Join(' ', e.Competencies.Select(c => c.Code)), string.Join(' ', e.Languages),
                e.NextFreeBrainstorming?.ToString("O", CultureInfo.InvariantCulture) ?? "",
            }));
            if (result.Value.Items.Count == 0 || (long)page * 100 >= result.Value.Total)
            {
                break;
            }
        }

        var csv = CsvTable.Write(["hubId", "expertId", "name", "title", "topics", "languages", "nextFreeBrainstorming"], rows);
        return Results.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8; header=present", "experts.csv");
    }
}
