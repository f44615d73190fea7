namespace Hubs.Contracts.Consultations;

/// <summary>What came out of a consultation: the categories the network counts (the hub's notes stay at the hub).</summary>
public static class OutcomeCategories
{
    /// <summary>A 60-minute follow-up is worth booking; the only category that opens one.</summary>
    public const string FollowUpRecommended = "follow-up-recommended";
    public const string GrantSupport = "grant-support";
    public const string ProjectWithHub = "project-with-hub";
    public const string ReferredToAnotherHub = "referred-to-another-hub";
    public const string Closed = "closed";

    public static IReadOnlyList<string> All { get; } = [FollowUpRecommended, GrantSupport, ProjectWithHub, ReferredToAnotherHub, Closed];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);
}
