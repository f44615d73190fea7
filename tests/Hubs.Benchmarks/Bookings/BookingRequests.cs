namespace Hubs.Benchmarks.Bookings;

/// <summary>The body of a business's booking request (invented demo business).</summary>
internal static class BookingRequests
{
    /// <summary>A business's booking; a fresh e-mail each time so the per-business limit never refuses one.</summary>
    public static object Booking(Guid expertId, string start, string tag) => new
    {
        expertId,
        start,
        kind = "brainstorming",
        intake = new
        {
            companyName = "Officina Benchmark S.r.l. (demo)",
            atecoSection = "C",
            sizeClass = "micro",
            provinceCode = "CO",
            topics = new[] { "ecommerce" },
            need = "Vendere online i nostri prodotti artigianali.",
            email = $"bench-{tag}@example.it",
            consent = true,
            consentVersion = "privacy-2026-01",
        },
    };
}
