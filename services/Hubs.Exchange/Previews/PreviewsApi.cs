using Hubs.Exchange.Practices;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.Exchange.Previews;

public static class PreviewsApi
{
    /// <summary>
    /// The exchange's own renderer, offered to the staff who write a practice: what they preview is byte for byte what
    /// the exchange will show, because it is the same <see cref="PracticeMarkdown"/> (the portal must not render on its own).
    /// </summary>
    public static IEndpointRouteBuilder MapPreviewsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/practices/preview", Preview)
            .WithTags("Practices")
            .WithName("PreviewPractice")
            .WithSummary("Render a practice body's Markdown as the exchange will show it once published (safe HTML); nothing is stored.")
            .Accepts<PreviewInput>("application/json")
            .RequireAuthorization(Policies.AnyHubStaff);
        return app;
    }

    public static Ok<PreviewView> Preview(Valid<MarkdownDraft> body) => TypedResults.Ok(new PreviewView(PracticeMarkdown.ToHtml(body.Value.BodyMarkdown)));
}
