using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Directory.Export;

public static class ExportApi
{
    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/directory/export").WithTags("Export");

        group.MapGet("/hsds", ExportHsds)
            .WithName("ExportHsds")
            .WithSummary("Hubs and the consultation topics they offer as Open Referral HSDS 3.0 JSON; modified_after keeps what changed on or after an instant.")
            .Produces<HsdsExport>(StatusCodes.Status200OK)
            .RequireAuthorization(Policies.Public);

        return app;
    }

    public static async Task<Results<JsonHttpResult<HsdsExport>, ValidationProblem>> ExportHsds(
        [FromQuery(Name = ModifiedAfter.Field)] string? modifiedAfter, [AsParameters] ExportServices services, CancellationToken cancellationToken)
    {
        if (!ModifiedAfter.TryParse(modifiedAfter, out var since, out var error))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ModifiedAfter.Field] = [error!] });
        }

        // Read before the data, so a change applied while exporting is picked up again by modified_after=generated_at.
        var generatedAt = services.Clock.GetUtcNow();
        var hubs = await services.Hubs.ListAsync(cancellationToken);
        var catalog = await services.Offers.ReadAsync(cancellationToken);
        return TypedResults.Json(OpenReferralExport.Build(hubs, catalog, since, generatedAt), HsdsJson.Options);
    }
}
