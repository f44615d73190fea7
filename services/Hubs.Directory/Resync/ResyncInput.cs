namespace Hubs.Directory.Resync;

/// <summary>The body of <c>POST /api/directory/resync</c>; no body, or no <see cref="HubId"/>, asks every hub.</summary>
public sealed class ResyncInput
{
    public string? HubId { get; set; }
}
