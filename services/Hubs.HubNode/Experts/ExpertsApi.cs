using Hubs.HubNode.Versioning;

namespace Hubs.HubNode.Experts;

public static class ExpertsApi
{
    /// <summary>Expert endpoints, relative to the hub's route group.</summary>
    public static IEndpointRouteBuilder MapExpertsApi(this IEndpointRouteBuilder routes) =>
        routes.MapVersioned<Expert, ExpertDraft, ExpertResponse, ExpertInput>(new VersionedRoutes(
            Tag: "Experts",
            What: "the expert",
            List: new("ListExperts", "The hub's active experts, by name"),
            Get: new("GetExpert", "One active expert"),
            Create: new("CreateExpert", "Add an expert; published to the network through the outbox"),
            Revise: new("UpdateExpert", "Replace an expert's profile (optional If-Match: \"<version>\")"),
            End: new("RetireExpert", "Retire an expert (optional If-Match: \"<version>\")")));
}
