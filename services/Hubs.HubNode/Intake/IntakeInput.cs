namespace Hubs.HubNode.Intake;

/// <summary>
/// What a business tells the hub when it books, as sent. Everything nullable: what is missing or wrong is reported by
/// <see cref="IntakeValidation"/>, field by field, rather than by the JSON binder.
/// </summary>
public sealed class IntakeInput
{
    public string? CompanyName { get; set; }

    /// <summary>Partita IVA, optional: 11 digits, an <c>IT</c> prefix and spaces tolerated.</summary>
    public string? VatNumber { get; set; }

    /// <summary>ATECO 2007/2025 section letter, A–U.</summary>
    public string? AtecoSection { get; set; }

    /// <summary>micro, small, medium or startup.</summary>
    public string? SizeClass { get; set; }

    /// <summary>Province code (sigla), e.g. <c>CO</c>.</summary>
    public string? ProvinceCode { get; set; }

    /// <summary>Topic codes the business wants help with.</summary>
    public List<string?>? Topics { get; set; }

    /// <summary>The need in the business's own words.</summary>
    public string? Need { get; set; }

    public string? Email { get; set; }

    /// <summary>The GDPR consent; must be true.</summary>
    public bool? Consent { get; set; }

    /// <summary>Which version of the consent text the business was shown.</summary>
    public string? ConsentVersion { get; set; }

    /// <summary>The language to write to the business in: <c>it</c> (the default) or <c>en</c>.</summary>
    public string? Language { get; set; }
}
