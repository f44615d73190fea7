using Hubs.ServiceDefaults.Http;

namespace Hubs.HubNode.Experts;

/// <summary>An expert's editable content after validation: trimmed, codes known, lists without duplicates.</summary>
public sealed record ExpertDraft(string Name, string Title, string Bio, IReadOnlyList<string> Competencies, IReadOnlyList<string> Languages)
    : IRequestDraft<ExpertDraft>
{
    public static ValueTask<Valid<ExpertDraft>> ReadAsync(HttpContext http) =>
        Valid.ReadAsync<ExpertInput, ExpertDraft>(http, "the expert", ExpertValidation.Validate);
}
