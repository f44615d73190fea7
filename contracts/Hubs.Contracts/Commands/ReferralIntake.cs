namespace Hubs.Contracts.Commands;

/// <summary>
/// What the business consented to hand to the hub it is referred to: the same intake it gives when it books. Personal
/// data: it travels only inside <see cref="ReferBusiness"/>, to one hub's queue, and is stored only by that hub.
/// </summary>
public sealed record ReferralIntake
{
    public required string CompanyName { get; init; }

    /// <summary>Partita IVA, 11 digits; null when the business has none.</summary>
    public string? VatNumber { get; init; }

    /// <summary>ATECO section letter, A–U.</summary>
    public required string AtecoSection { get; init; }

    /// <summary>micro, small, medium or startup.</summary>
    public required string SizeClass { get; init; }

    public required string ProvinceCode { get; init; }

    /// <summary>Topic codes from <see cref="Taxonomy.Topics"/>.</summary>
    public required IReadOnlyList<string> Topics { get; init; }

    /// <summary>The need in the business's own words.</summary>
    public required string Need { get; init; }

    public required string Email { get; init; }

    /// <summary>The version of the consent text the business accepted for this referral.</summary>
    public required string ConsentVersion { get; init; }

    /// <summary>When the business consented to be referred.</summary>
    public required DateTimeOffset ConsentAt { get; init; }
}
