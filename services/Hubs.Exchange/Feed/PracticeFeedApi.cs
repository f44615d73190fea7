using Hubs.Exchange.Practices;
using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.Exchange.Feed;

public static class PracticeFeedApi
{
    public static IEndpointRouteBuilder MapPracticeFeedApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(PracticeFeed.Path, GetFeed)
            .WithName("GetPracticeFeed")
            .WithSummary("Atom 1.0 feed of the newest 50 published practices.")
            .WithTags("Practices")
            .Produces(StatusCodes.Status200OK, contentType: PracticeFeed.MediaType)
            .RequireAuthorization(Policies.Public);
        return app;
    }

    public static async Task<FileContentHttpResult> GetFeed(IPracticeStore practices, CancellationToken cancellationToken)
    {
        var newest = await practices.SearchAsync(new PracticeSearch { Page = 1, PageSize = PracticeFeed.Size }, cancellationToken);
        return TypedResults.File(PracticeFeed.Write(newest.Items), $"{PracticeFeed.MediaType}; charset=utf-8");
    }
}
