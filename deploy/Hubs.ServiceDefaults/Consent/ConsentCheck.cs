using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Hubs.ServiceDefaults.Consent;

/// <summary>Whether the consent a request carries is to the current text; if not, the 409 problem that says which is.</summary>
public sealed class ConsentCheck(IOptions<ConsentOptions> consent)
{
    public string CurrentVersion => consent.Value.Version;

    /// <summary>Null when <paramref name="version"/> is the current one; otherwise a 409 naming the current version.</summary>
    public ProblemHttpResult? Refusal(string version, string field, string consentPath) =>
        string.Equals(version, CurrentVersion, StringComparison.Ordinal)
            ? null
            : TypedResults.Problem(
                title: "Consent text outdated",
                detail: $"{field} '{Shown(version)}' is not the current consent text; show the business the text of version '{CurrentVersion}' (GET {consentPath}) and send that version.",
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?>
                {
                    ["reason"] = "consent-outdated",
                    ["field"] = field,
                    ["currentVersion"] = CurrentVersion,
                });

    private static string Shown(string value) => value.Length > 50 ? value[..50] + "…" : value;
}
