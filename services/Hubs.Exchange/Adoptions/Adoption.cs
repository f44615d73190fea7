namespace Hubs.Exchange.Adoptions;

/// <summary>A hub took up another hub's practice. <see cref="Note"/> is written by the adopting hub's staff and is public.</summary>
public sealed record Adoption(
    Guid AdoptionId,
    string PracticeHubId,
    Guid PracticeId,
    long PracticeVersion,
    string AdoptingHubId,
    string Note,
    DateTimeOffset AdoptedAt);
