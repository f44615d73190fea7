using Hubs.Contracts.Federation;
using Hubs.ServiceDefaults.Http;

namespace Hubs.Exchange.Endorsements;

/// <summary>The validated body of <c>POST …/endorsements</c>: a well-formed hub other than the practice's own.</summary>
public sealed record EndorsingHub(string HubId) : IRequestDraft<EndorsingHub>
{
    public static ValueTask<Valid<EndorsingHub>> ReadAsync(HttpContext http)
    {
        var practiceHubId = http.Request.RouteValues["hubId"] as string;
        return Valid.ReadAsync<EndorsementInput, EndorsingHub>(http, "the endorsement",
            (EndorsementInput input, out EndorsingHub? draft) => Validate(input, practiceHubId, out draft));
    }

    private static Dictionary<string, string[]> Validate(EndorsementInput input, string? practiceHubId, out EndorsingHub? draft)
    {
        var endorsing = input.HubId?.Trim();
        var problem = string.IsNullOrEmpty(endorsing) ? "The endorsing hub's id is required."
            : !HubIds.IsWellFormed(endorsing) ? "A hub id is 2 to 32 lower-case letters, digits and single dashes."
            : endorsing == practiceHubId ? "A hub does not endorse its own practice."
            : null;
        draft = problem is null ? new EndorsingHub(endorsing!) : null;
        return problem is null ? [] : new Dictionary<string, string[]> { ["hubId"] = [problem] };
    }
}
