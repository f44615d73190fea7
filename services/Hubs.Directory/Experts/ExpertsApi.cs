using System.Globalization;
using Hubs.Directory.Registry;
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
            .WithSummary("Experts of every hub not suspended, filtered by topic (any of several), hub, language, region, province, a free brainstorming within N days and free text (case and accents ignored), by name, with facet counts.")
            .RequireAuthorization(Policies.Public);

        return app;
    }

    public static async Task<Results<Ok<ExpertPage>, ValidationProblem>> SearchExperts(
        [AsParameters] ExpertQuery query, [AsParameters] ExpertServices services, CancellationToken cancellationToken)
    {
        if (query.ToSearch(services.Clock.GetUtcNow(), out var errors) is not { } search)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var found = await services.Experts.SearchAsync(search, cancellationToken);
        if (search.Page > 1 && found.Total <= search.Skip)
        {
            // Past the last page is a client error (a stale link, a miscount), not an empty page; the first page is
            // always answered, even when nothing matches.
            var pages = (found.Total + search.PageSize - 1) / search.PageSize;
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["page"] = [string.Create(CultureInfo.InvariantCulture, $"Past the last page: {found.Total} experts match, {pages} page(s) of {search.PageSize}.")],
            });
        }

        var hubs = (await services.Hubs.ListAsync(cancellationToken)).ToDictionary(h => h.HubId, StringComparer.Ordinal);
        var items = found.Items
            .Select(e => ExpertView.From(e, services.Liveness.Assess(hubs.GetValueOrDefault(e.HubId)).Status))
            .ToList();
        return TypedResults.Ok(new ExpertPage(items, search.Page, search.PageSize, found.Total, found.Facets));
    }
}
