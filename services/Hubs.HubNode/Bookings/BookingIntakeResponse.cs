using Hubs.HubNode.Intake;

namespace Hubs.HubNode.Bookings;

/// <summary>The intake as the business gave it (normalised): shown to the business and the hub's staff only.</summary>
public sealed record BookingIntakeResponse(
    string CompanyName,
    string? VatNumber,
    string AtecoSection,
    string SizeClass,
    string ProvinceCode,
    IReadOnlyList<string> Topics,
    string Need,
    string Email,
    string ConsentVersion)
{
    public static BookingIntakeResponse From(BusinessIntake intake) => new(
        intake.CompanyName, intake.VatNumber, intake.AtecoSection, intake.SizeClass, intake.ProvinceCode, intake.Topics, intake.Need, intake.Email, intake.ConsentVersion);
}
