namespace Hubs.Directory.Experts;

/// <summary>How many listed experts share a hub, a hub province, a set of competencies and a set of languages.</summary>
public sealed record ExpertGroup(
    string HubId, string? ProvinceCode, IReadOnlyList<string> Competencies, IReadOnlyList<string> Languages, long Count);
