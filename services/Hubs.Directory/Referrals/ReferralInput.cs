namespace Hubs.Directory.Referrals;

/// <summary>The body of <c>POST /api/directory/referrals</c>, as sent: every field is checked by <see cref="ReferralValidation"/>.</summary>
public sealed class ReferralInput
{
    /// <summary>The business's province (sigla, e.g. CO).</summary>
    public string? ProvinceCode { get; set; }

    /// <summary>At least one topic code.</summary>
    public IList<string?>? Topics { get; set; }

    /// <summary>ATECO section, A to U.</summary>
    public string? AtecoSection { get; set; }

    /// <summary>micro, small, medium or startup.</summary>
    public string? SizeClass { get; set; }

    /// <summary>ISO 639-1 language the business wants to be served in.</summary>
    public string? Language { get; set; }

    /// <summary>normal (default), soon or urgent.</summary>
    public string? Urgency { get; set; }

    public ReferrerInput? Referrer { get; set; }
}
