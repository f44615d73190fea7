using Hubs.ServiceDefaults.Http;

namespace Hubs.HubNode.Practices;

/// <summary>A practice's editable content after validation: trimmed, codes known, lists without duplicates.</summary>
public sealed record PracticeDraft(
    string Title,
    string Summary,
    string BodyMarkdown,
    IReadOnlyList<string> Topics,
    string ResultsAchieved,
    IReadOnlyList<string> Links,
    string Language,
    string? GrantCallReference) : IRequestDraft<PracticeDraft>
{
    public static ValueTask<Valid<PracticeDraft>> ReadAsync(HttpContext http) =>
        Valid.ReadAsync<PracticeInput, PracticeDraft>(http, "the practice", PracticeValidation.Validate);
}
