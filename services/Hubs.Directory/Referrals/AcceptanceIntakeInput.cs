namespace Hubs.Directory.Referrals;

/// <summary>What the business tells the hub it accepts, as sent: the same intake a booking takes.</summary>
public sealed class AcceptanceIntakeInput
{
    public string? CompanyName { get; set; }

    /// <summary>Partita IVA, optional: 11 digits with a valid check digit (spaces and an IT prefix tolerated).</summary>
    public string? VatNumber { get; set; }

    public string? AtecoSection { get; set; }
    public string? SizeClass { get; set; }
    public string? ProvinceCode { get; set; }
    public IList<string?>? Topics { get; set; }

    /// <summary>The need in the business's own words, at most 2000 characters.</summary>
    public string? Need { get; set; }

    public string? Email { get; set; }
}
