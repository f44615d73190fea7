using Hubs.ServiceDefaults.Http;

namespace Hubs.HubNode.Outcomes;

/// <summary>A validated outcome, before it is stamped with the time it was recorded.</summary>
public sealed record OutcomeDraft(string Attendance, string Category, string? Notes, string? GrantCallReference) : IRequestDraft<OutcomeDraft>
{
    public static ValueTask<Valid<OutcomeDraft>> ReadAsync(HttpContext http) =>
        Valid.ReadAsync<OutcomeInput, OutcomeDraft>(http, "the outcome", OutcomeValidation.Validate);
}
