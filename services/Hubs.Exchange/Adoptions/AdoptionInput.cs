namespace Hubs.Exchange.Adoptions;

/// <summary>The body of <c>POST …/adoptions</c>. Everything nullable: what is missing is reported by <see cref="AdoptionValidation"/>.</summary>
public sealed class AdoptionInput
{
    public string? AdoptingHubId { get; set; }
    public string? Note { get; set; }
}
