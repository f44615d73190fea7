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
}
