using NodaTime;
using NodaTime.Text;

namespace Hubs.HubNode.Tests.Support;

/// <summary>
/// Booking request bodies. The personal fields carry marker strings that must never appear in an event, so a test can
/// look for them in every outbox payload.
/// </summary>
public static class BookingBodies
{
    public const string CompanyMarker = "Zqx-Company-Marker";
    public const string NeedMarker = "Zqx-Need-Marker";
    public const string EmailMarker = "zqx-email-marker";

    /// <summary>A valid Partita IVA used by no other fixture, so finding it anywhere means it leaked.</summary>
    public const string VatMarker = "07643520567";

    public static string Start(Instant start) => InstantPattern.ExtendedIso.Format(start);

    /// <summary>A unique e-mail address per call unless one is given, so the per-business limit does not interfere.</summary>
    public static string NewEmail() => $"{EmailMarker}-{Guid.NewGuid():N}@example.it";

    public static Dictionary<string, object?> Valid(Guid expertId, Instant start, string kind = "brainstorming", string? email = null, Guid? caseId = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["expertId"] = expertId.ToString(),
            ["start"] = Start(start),
            ["kind"] = kind,
            ["intake"] = Intake(email ?? NewEmail()),
        };
        if (caseId is not null)
        {
            body["caseId"] = caseId.ToString();
        }

        return body;
    }

    public static Dictionary<string, object?> Intake(string email) => new()
    {
        ["companyName"] = $"{CompanyMarker} S.r.l.",
        ["vatNumber"] = VatMarker,
        ["atecoSection"] = "I",
        ["sizeClass"] = "micro",
        ["provinceCode"] = "VA",
        ["topics"] = new[] { "ecommerce", "digital-marketing" },
        ["need"] = $"{NeedMarker}: we want to sell our pastries online.",
        ["email"] = email,
        ["consent"] = true,
        ["consentVersion"] = "privacy-2026-01",
    };

    /// <summary>A valid body with one intake field replaced (null removes it).</summary>
    public static Dictionary<string, object?> WithIntake(Guid expertId, Instant start, string field, object? value)
    {
        var body = Valid(expertId, start);
        var intake = (Dictionary<string, object?>)body["intake"]!;
        if (value is null)
        {
            intake.Remove(field);
        }
        else
        {
            intake[field] = value;
        }

        return body;
    }
}
