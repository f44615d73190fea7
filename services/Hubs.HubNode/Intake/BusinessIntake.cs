namespace Hubs.HubNode.Intake;

/// <summary>
/// A validated, normalised intake. Personal data: it stays at the hub and never leaves in an event; only
/// <see cref="AtecoSection"/>, <see cref="SizeClass"/>, <see cref="ProvinceCode"/> and <see cref="Topics"/> do.
/// </summary>
public sealed record BusinessIntake
{
    public required string CompanyName { get; init; }

    /// <summary>11 digits, checksum valid; null when not given.</summary>
    public string? VatNumber { get; init; }

    /// <summary>One upper-case letter A–U.</summary>
    public required string AtecoSection { get; init; }

    /// <summary>One of <see cref="SizeClasses.All"/>.</summary>
    public required string SizeClass { get; init; }

    public required string ProvinceCode { get; init; }

    public required IReadOnlyList<string> Topics { get; init; }

    public required string Need { get; init; }

    /// <summary>Lower-case: it identifies the business for the open-bookings limit and the follow-up rule.</summary>
    public required string Email { get; init; }

    public required string ConsentVersion { get; init; }

    /// <summary>The language the business used (one of <see cref="MailLanguages"/>): the hub writes to it in that language.</summary>
    public string Language { get; init; } = MailLanguages.Italian;
}
