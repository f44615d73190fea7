using Hubs.Contracts.Events;
using Hubs.ServiceDefaults.Http;

namespace Hubs.HubNode.Experts;

/// <summary>An expert's profile as a request sent it, after validation: trimmed, codes known, lists without duplicates.</summary>
public sealed record ExpertDraft(ExpertProfile Profile) : IRequestDraft<ExpertDraft>
{
    public static ValueTask<Valid<ExpertDraft>> ReadAsync(HttpContext http) =>
        Valid.ReadAsync<ExpertInput, ExpertDraft>(http, "the expert", ExpertValidation.Validate);
}
