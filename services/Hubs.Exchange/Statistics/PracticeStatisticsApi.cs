using System.Globalization;
using System.Text;
using System.Text.Json;
using Hubs.Exchange.Adoptions;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.Exchange.Statistics;

/// <summary>
/// The exchange's figures for the coordinators' statistics (issue 14): practices published, adopted and endorsed per hub
/// over a period, as JSON with an entity tag (a watcher polling with If-None-Match gets 304 while nothing changed,
/// decision 0029) and as the CSV a coordinator downloads, with the same numbers.
/// </summary>
public static class PracticeStatisticsApi
{
    public const string CsvFigure = "practice-activity";

    public static IEndpointRouteBuilder MapPracticeStatisticsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/practices/stats").WithTags("Statistics");

        group.MapGet("/activity", GetActivity)
            .WithName("GetPracticeActivity")
            .WithSummary("Per hub, in [from, to): practices it first published, adoptions and endorsements its practices received, and those it made of other hubs' practices. Withdrawn practices and suspended hubs included.")
            .Produces<PracticeActivity>()
            .Produces(StatusCodes.Status304NotModified)
            .RequireAuthorization(Policies.Coordinator);

        group.MapGet("/activity.csv", GetActivityCsv)
            .WithName("GetPracticeActivityCsv")
            .WithSummary("The same figures as RFC 4180 CSV with a header row: hubId, published, adoptionsReceived, endorsementsReceived, adoptionsMade, endorsementsGiven.")
            .Produces(StatusCodes.Status200OK, contentType: CsvTable.MediaType)
            .RequireAuthorization(Policies.Coordinator);

        return app;
    }

    public static async Task<IResult> GetActivity(
        [AsParameters] AdoptionStatsQuery query, [AsParameters] PracticeStatisticsServices services, CancellationToken cancellationToken)
    {
        if (query.ToPeriod(out var errors) is not { } period)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var activity = new PracticeActivity(period.From, period.To, await services.Counts.CountAsync(period, cancellationToken));
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, services.Json.Value.SerializerOptions);
        return EntityTags.Answer(services.Http, body, EntityTags.Of(body));
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> GetActivityCsv(
        [AsParameters] AdoptionStatsQuery query, IPracticeActivityCounts counts, CancellationToken cancellationToken)
    {
        if (query.ToPeriod(out var errors) is not { } period)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var rows = (await counts.CountAsync(period, cancellationToken)).Select(h => new[]
        {
            h.HubId, Number(h.Published), Number(h.AdoptionsReceived), Number(h.EndorsementsReceived), Number(h.AdoptionsMade), Number(h.EndorsementsGiven),
        });
        var csv = CsvTable.Write(["hubId", "published", "adoptionsReceived", "endorsementsReceived", "adoptionsMade", "endorsementsGiven"], rows);
        return TypedResults.File(
            Encoding.UTF8.GetBytes(csv), CsvTable.MediaType + "; charset=utf-8; header=present", $"{CsvFigure}.csv");
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
