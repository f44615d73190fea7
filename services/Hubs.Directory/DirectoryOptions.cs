using System.ComponentModel.DataAnnotations;

namespace Hubs.Directory;

/// <summary>How the directory judges what it was told (section <c>Directory</c>).</summary>
public sealed class DirectoryOptions
{
    public const string Section = "Directory";

    /// <summary>
    /// A hub is stale after this long without a heartbeat when it has not said how often it beats;
    /// a hub that has says so and is stale after three missed beats instead.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Commit the projection's writes of concurrent consumers together (decision 0016). False brings back one
    /// transaction per event with synchronous=FULL: kept so the benchmark can measure one against the other.
    /// </summary>
    public bool GroupCommit { get; set; } = true;

    /// <summary>
    /// Answer searches, referral candidates and hub listings from the in-memory read model (decision 0017). False reads
    /// SQLite for every request: the reference implementation, kept for the tests and the benchmark's comparison.
    /// </summary>
    public bool InMemoryReads { get; set; } = true;

    /// <summary>
    /// Keep the last statistics answer per period until a write the figures count (StatisticsMemo, decision 0029). False
    /// computes every request: kept so the benchmark can measure one against the other.
    /// </summary>
    public bool KeepStatistics { get; set; } = true;

    /// <summary>
    /// A hub the directory first hears of is listed as suspended until a coordinator admits it: its events are ignored,
    /// its entries hidden and the gateway refuses its routes (decision 0020). Off (the default, and the local run),
    /// every hub that announces itself with a valid broker identity takes part at once.
    /// </summary>
    public bool NewHubsAwaitAdmission { get; set; }
}
