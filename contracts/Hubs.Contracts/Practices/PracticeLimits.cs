namespace Hubs.Contracts.Practices;

/// <summary>The bounds of a practice: the hub node refuses content beyond them and the exchange drops an event that exceeds them.</summary>
public static class PracticeLimits
{
    public const int MaxTitleLength = 200;
    public const int MaxSummaryLength = 1000;
    public const int MaxBodyLength = 20_000;
    public const int MaxResultsLength = 2000;
    public const int MaxGrantCallReferenceLength = 200;
    public const int MaxLinks = 10;
    public const int MaxLinkLength = 2000;

    // More than the taxonomy holds today, so a code added later does not break an older reader.
    public const int MaxTopics = 20;
    public const int MaxTopicLength = 64;

    /// <summary>An adoption's note, written by the adopting hub's staff.</summary>
    public const int MaxAdoptionNoteLength = 2000;
}
