using NodaTime;

namespace Hubs.HubNode.Slots;

public static class ConsultationKinds
{
    public const string BrainstormingCode = "brainstorming";
    public const string FollowupCode = "followup";

    public static IReadOnlyList<ConsultationKind> All { get; } = [ConsultationKind.Brainstorming, ConsultationKind.Followup];

    /// <summary>How long a meeting of this kind lasts.</summary>
    public static Duration Length(this ConsultationKind kind) => kind switch
    {
        ConsultationKind.Brainstorming => Duration.FromMinutes(45),
        ConsultationKind.Followup => Duration.FromMinutes(60),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown consultation kind."),
    };

    /// <summary>The code used in URLs, JSON and events.</summary>
    public static string Code(this ConsultationKind kind) => kind switch
    {
        ConsultationKind.Brainstorming => BrainstormingCode,
        ConsultationKind.Followup => FollowupCode,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown consultation kind."),
    };

    /// <summary>Reads a code (case-insensitive); false for anything else, numbers included.</summary>
    public static bool TryParse(string? code, out ConsultationKind kind)
    {
        if (string.Equals(code, BrainstormingCode, StringComparison.OrdinalIgnoreCase))
        {
            kind = ConsultationKind.Brainstorming;
            return true;
        }

        if (string.Equals(code, FollowupCode, StringComparison.OrdinalIgnoreCase))
        {
            kind = ConsultationKind.Followup;
            return true;
        }

        kind = default;
        return false;
    }
}
