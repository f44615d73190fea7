using Hubs.ServiceDefaults.Http;

namespace Hubs.Exchange.Adoptions;

/// <summary>A validated adoption, ready for the store.</summary>
public sealed record AdoptionRequest(string PracticeHubId, Guid PracticeId, string AdoptingHubId, string Note) : IRequestDraft<AdoptionRequest>
{
    /// <summary>The body of <c>POST /api/practices/{hubId}/{practiceId}/adoptions</c>, about the practice the route names.</summary>
    public static ValueTask<Valid<AdoptionRequest>> ReadAsync(HttpContext http)
    {
        var practiceHubId = http.Request.RouteValues["hubId"] as string ?? "";
        _ = Guid.TryParse(http.Request.RouteValues["practiceId"] as string, out var practiceId);
        return Valid.ReadAsync<AdoptionInput, AdoptionRequest>(http, "the adoption",
            (AdoptionInput input, out AdoptionRequest? request) => AdoptionValidation.Validate(input, practiceHubId, practiceId, out request));
    }
}
