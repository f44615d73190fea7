using Hubs.Contracts.Taxonomy;
using Hubs.Directory.Hubs;
using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.Directory.Experts;

public static class ExpertsApi
{
    public static IEndpointRouteBuilder MapExpertsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/directory/experts").WithTags("Experts");

        group.MapGet("/", SearchExperts)
            .WithName("SearchExperts")
            .WithSummary("Experts of every hub, filtered by topic, hub and free text (case and accents ignored), by name.")
            .RequireAuthorization(Policies.Public);

        return app;
    }

    public static async Task<Results<Ok<ExpertPage>, ValidationProblem>> SearchExperts(
        [AsParameters] ExpertQuery query, [AsParameters] ExpertServices services, CancellationToken cancellationToken)
    {
        if (query.ToSearch(out var errors) is not { } search)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var found = await services.Experts.SearchAsync(search, cancellationToken);
        var hubs = (await services.Hubs.ListAsync(cancellationToken)).ToDictionary(h => h.HubId, StringComparer.Ordinal);
        var items = found.Items
            .Select(e => ToView(e, services.Liveness.Assess(hubs.GetValueOrDefault(e.HubId)).Status))
            .ToList();
        return TypedResults.Ok(new ExpertPage(items, search.Page, search.PageSize, found.Total));
    }

    private static ExpertView ToView(ExpertRecord expert, string hubStatus) => new()
    {
        HubId = expert.HubId,
        ExpertId = expert.ExpertId,
        Name = expert.Name ?? "",
        Title = expert.Title ?? "",
        Bio = expert.Bio ?? "",
        Competencies = [.. expert.Competencies.Select(Competency)],
        Languages = expert.Languages,
        Version = expert.Version,
        UpdatedAt = expert.UpdatedAt,
        HubStatus = hubStatus,
    };

    // A code newer than this service's taxonomy still shows, labelled by its code, until the contracts catch up.
    private static CompetencyView Competency(string code) =>
        Topics.Find(code) is { } topic ? new CompetencyView(topic.Code, topic.LabelIt, topic.LabelEn) : new CompetencyView(code, code, code);
}
