namespace Hubs.IntegrationTests.Infrastructure;

/// <summary>
/// Marker strings to put in every personal field a business or staff can fill (the intake, outcome notes, a referral
/// note, a referral's decline reason), unique per test, and the scan that looks for any of them in what the network stores, sends and shows: the
/// personal-data boundary test and the coordinators' pages' test share it.
/// </summary>
public sealed record PersonalDataMarkers(string Company, string Email, string Vat, string Need, string Referrer, string Notes, string ReferralNote, string DeclineReason)
{
    public static PersonalDataMarkers New()
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        return new(
            Company: $"MarkCompany{id}",
            Email: $"markemail{id}@example.it",
            Vat: PartitaIva.Unique(),
            Need: $"MarkNeed{id}",
            Referrer: $"MarkReferrer{id}",
            Notes: $"MarkNotes{id}",
            ReferralNote: $"MarkReferralNote{id}",
            DeclineReason: $"MarkDeclineReason{id}");
    }

    public IEnumerable<string> All => [Company, Email, Vat, Need, Referrer, Notes, ReferralNote, DeclineReason];

    /// <summary>"marker in place" for every marker found in any of <paramref name="places"/> (case-insensitive); empty when none.</summary>
    public List<string> LeaksIn(IEnumerable<(string Name, string Content)> places) =>
    [
        .. places.SelectMany(p => All.Where(m => p.Content.Contains(m, StringComparison.OrdinalIgnoreCase)).Select(m => $"{m} in {p.Name}")),
    ];
}
