using System.Globalization;
using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.Exchange.Practices;

public static class PracticesApi
{
    /// <summary>The practice routes: a practice is addressed by its author hub and its id, <c>/api/practices/{hubId}/{practiceId}</c>.</summary>
    public static IEndpointRouteBuilder MapPracticesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/practices").WithTags("Practices");

        group.MapGet("", SearchPractices)
            .WithName("SearchPractices")
            .WithSummary("Published practices of every hub, most recently updated first; filtered by free text (title, summary, body; case and accents ignored), topic, hub and language.")
            .RequireAuthorization(Policies.Public);

        group.MapGet("/{hubId}/{practiceId:guid}", GetPractice)
            .WithName("GetPractice")
            .WithSummary("One practice, its body as Markdown and as safe HTML.")
            .RequireAuthorization(Policies.Public);

        group.MapGet("/{hubId}/{practiceId:guid}/versions", ListVersions)
            .WithName("ListPracticeVersions")
            .WithSummary("The versions of a practice the exchange has received, newest first.")
            .RequireAuthorization(Policies.Public);

        group.MapGet("/{hubId}/{practiceId:guid}/versions/{version:long}", GetVersion)
            .WithName("GetPracticeVersion")
            .WithSummary("One version of a practice in full.")
            .RequireAuthorization(Policies.Public);

        return app;
    }

    public static async Task<Results<Ok<PracticePage>, ValidationProblem>> SearchPractices(
        [AsParameters] PracticeQuery query, [AsParameters] PracticeServices services, CancellationToken cancellationToken)
    {
        if (query.ToSearch(out var errors) is not { } search)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var found = await services.Practices.SearchAsync(search, cancellationToken);
        if (search.Page > 1 && found.Total <= search.Skip)
        {
            var last = Math.Max(1, (found.Total + search.PageSize - 1) / search.PageSize);
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["page"] = [string.Create(CultureInfo.InvariantCulture, $"Page {search.Page} is beyond the end: {found.Total} practices match, the last page is {last}.")],
            });
        }

        return TypedResults.Ok(new PracticePage([.. found.Items.Select(PracticeSummaryView.From)], search.Page, search.PageSize, found.Total));
    }

    public static async Task<Results<Ok<PracticeView>, ProblemHttpResult>> GetPractice(
        string hubId, Guid practiceId, [AsParameters] PracticeServices services, CancellationToken cancellationToken)
    {
        var practice = await services.Practices.GetAsync(hubId, practiceId, cancellationToken);
        return practice is null ? NotFound(hubId, practiceId) : TypedResults.Ok(PracticeView.From(practice));
    }

    public static async Task<Results<Ok<PracticeVersionSummary[]>, ProblemHttpResult>> ListVersions(
        string hubId, Guid practiceId, [AsParameters] PracticeServices services, CancellationToken cancellationToken)
    {
        var practice = await services.Practices.GetAsync(hubId, practiceId, cancellationToken);
        if (practice is null)
        {
            return NotFound(hubId, practiceId);
        }

        var versions = await services.Practices.ListVersionsAsync(hubId, practiceId, cancellationToken);
        return TypedResults.Ok(versions
            .Select(v => new PracticeVersionSummary(v.Version, v.Title, v.Summary, v.OccurredAt, v.Version == practice.Version))
            .ToArray());
    }

    public static async Task<Results<Ok<PracticeVersionView>, ProblemHttpResult>> GetVersion(
        string hubId, Guid practiceId, long version, [AsParameters] PracticeServices services, CancellationToken cancellationToken)
    {
        var practice = await services.Practices.GetAsync(hubId, practiceId, cancellationToken);
        if (practice is null)
        {
            return NotFound(hubId, practiceId);
        }

        var stored = await services.Practices.GetVersionAsync(hubId, practiceId, version, cancellationToken);
        return stored is null
            ? TypedResults.Problem(
                title: "Version not found",
                detail: string.Create(CultureInfo.InvariantCulture, $"The exchange has no version {version} of this practice; see its versions list."),
                statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(PracticeVersionView.From(stored, practice.Version));
    }

    /// <summary>The 404 every practice route answers for an unknown or withdrawn practice.</summary>
    public static ProblemHttpResult NotFound(string hubId, Guid practiceId) => TypedResults.Problem(
        title: "Practice not found",
        detail: $"No published practice {practiceId} by hub '{Shown(hubId)}'.",
        statusCode: StatusCodes.Status404NotFound);

    // Route values are echoed; keep an absurd one short.
    private static string Shown(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
