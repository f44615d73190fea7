namespace Hubs.HubNode.Experts;

/// <summary>An active expert as the API shows it.</summary>
public sealed record ExpertResponse(
    Guid Id,
    string Name,
    string Title,
    string Bio,
    IReadOnlyList<string> Competencies,
    IReadOnlyList<string> Languages,
    long Version,
    DateTimeOffset UpdatedAt)
{
    public static ExpertResponse From(Expert expert) =>
        new(expert.Id, expert.Name, expert.Title, expert.Bio, expert.Competencies, expert.Languages, expert.Version, expert.UpdatedAt);
}
