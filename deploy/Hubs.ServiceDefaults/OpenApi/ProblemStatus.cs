using Microsoft.AspNetCore.Builder;

namespace Hubs.ServiceDefaults.OpenApi;

/// <summary>
/// Endpoint metadata: a problem status the endpoint can answer beyond the ones every operation gets (400, 401, 403,
/// 404, 415, 429, 503 where they apply), with what it means there. <see cref="HubsOpenApi"/> documents it.
/// </summary>
public sealed record ProblemStatus(int Code, string Description);

public static class ProblemStatusExtensions
{
    /// <summary>Documents that the endpoint can answer <paramref name="code"/> as a problem, meaning <paramref name="description"/>.</summary>
    public static TBuilder Refuses<TBuilder>(this TBuilder builder, int code, string description) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ProblemStatus(code, description));
}
