namespace Hubs.Directory.Storage.ReadModel;

/// <summary>
/// The experts of one hub having exactly the same competencies (<see cref="Topics"/>): for any request they match the
/// same topics, so a referral reads the cohort once instead of each of them. Both lists are in the order a referral
/// shows experts matching as many topics (<see cref="Referrals.ShownExperts.CompareWithinGroup"/>), so its first ones
/// are the cohort's candidates to be shown and the first one holds its earliest free brainstorming.
/// </summary>
internal sealed class TopicCohort(int[] topics, ListedExpert[] experts, Dictionary<int, ListedExpert[]> speakers)
{
    /// <summary>The distinct competency codes, ascending.</summary>
    public int[] Topics { get; } = topics;

    /// <summary>Never empty.</summary>
    public ListedExpert[] Experts { get; } = experts;

    /// <summary>By language code, the experts speaking it.</summary>
    public IReadOnlyDictionary<int, ListedExpert[]> Speakers { get; } = speakers;

    public DateTimeOffset? Earliest => Experts[0].Record.Availability?.NextFreeBrainstorming;
}
