using Hubs.HubNode.Versioning;

namespace Hubs.HubNode.Practices;

public static class PracticesApi
{
    /// <summary>Practice endpoints, relative to the hub's route group.</summary>
    public static IEndpointRouteBuilder MapPracticesApi(this IEndpointRouteBuilder routes) =>
        routes.MapVersioned<Practice, PracticeDraft, PracticeResponse, PracticeInput>(new VersionedRoutes(
            Tag: "Practices",
            What: "the practice",
            List: new("ListPractices", "The hub's published practices, most recently changed first"),
            Get: new("GetPractice", "One published practice"),
            Create: new("PublishPractice", "Publish a best practice; it reaches the exchange through the outbox"),
            Revise: new("RevisePractice", "Replace a practice's content as a new version (optional If-Match: \"<version>\")"),
            End: new("WithdrawPractice", "Withdraw a practice from the exchange (optional If-Match: \"<version>\")")));
}
