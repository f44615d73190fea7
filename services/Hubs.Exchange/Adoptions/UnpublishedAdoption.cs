namespace Hubs.Exchange.Adoptions;

/// <summary>A stored adoption whose <c>PracticeAdopted</c> event the broker has not confirmed yet: ids, time and topics, no note.</summary>
public sealed record UnpublishedAdoption(
    Guid AdoptionId,
    Guid EventId,
    string PracticeHubId,
    Guid PracticeId,
    string AdoptingHubId,
    DateTimeOffset AdoptedAt,
    IReadOnlyList<string> Topics);
