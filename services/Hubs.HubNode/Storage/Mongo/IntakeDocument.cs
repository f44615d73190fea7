using Hubs.HubNode.Intake;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>The <c>intake</c> subdocument of a booking: personal data, kept at the hub only.</summary>
internal sealed class IntakeDocument
{
    public string CompanyName { get; set; } = "";
    public string? VatNumber { get; set; }
    public string AtecoSection { get; set; } = "";
    public string SizeClass { get; set; } = "";
    public string ProvinceCode { get; set; } = "";
    public List<string> Topics { get; set; } = [];
    public string Need { get; set; } = "";

    /// <summary>Lower-case; the business's identity for the open-bookings limit and the follow-up rule.</summary>
    public string Email { get; set; } = "";
    public string ConsentVersion { get; set; } = "";
    public string Language { get; set; } = MailLanguages.Italian;

    public static IntakeDocument From(BusinessIntake intake) => new()
    {
        CompanyName = intake.CompanyName,
        VatNumber = intake.VatNumber,
        AtecoSection = intake.AtecoSection,
        SizeClass = intake.SizeClass,
        ProvinceCode = intake.ProvinceCode,
        Topics = [.. intake.Topics],
        Need = intake.Need,
        Email = intake.Email,
        ConsentVersion = intake.ConsentVersion,
        Language = intake.Language,
    };

    public BusinessIntake ToIntake() => new()
    {
        CompanyName = CompanyName,
        VatNumber = VatNumber,
        AtecoSection = AtecoSection,
        SizeClass = SizeClass,
        ProvinceCode = ProvinceCode,
        Topics = Topics,
        Need = Need,
        Email = Email,
        ConsentVersion = ConsentVersion,
        Language = Language,
    };
}
