using System.Diagnostics.CodeAnalysis;
using Hubs.Contracts.Events;

namespace Hubs.HubNode.Experts;

/// <summary>An active expert as the API shows it: the profile's fields, its id and version.</summary>
public sealed record ExpertResponse : ExpertProfile
{
    public ExpertResponse()
    {
    }

    [SetsRequiredMembers]
    private ExpertResponse(ExpertProfile profile)
        : base(profile)
    {
    }

    public required Guid Id { get; init; }
    public required long Version { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    public static ExpertResponse From(Expert expert) => new(expert.Profile) { Id = expert.Id, Version = expert.Version, UpdatedAt = expert.UpdatedAt };
}
