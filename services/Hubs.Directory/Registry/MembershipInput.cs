namespace Hubs.Directory.Registry;

/// <summary>The body of <c>POST /api/directory/hubs/{id}/suspend</c> and <c>/admit</c>: why, for the audit trail.</summary>
public sealed class MembershipInput
{
    public const int MinReasonLength = 5;
    public const int MaxReasonLength = 500;

    public string? Reason { get; set; }
}
