using System.ComponentModel.DataAnnotations;

namespace Hubs.Gateway.Federation;

/// <summary>
/// The federation registry the gateway routes from (section <c>Federation</c>): which hubs exist, where each node and
/// the shared services listen, and how long the gateway waits for them before answering for them.
/// </summary>
public sealed class FederationOptions
{
    public const string Section = "Federation";

    /// <summary>Hub id → base URL of that hub's node, e.g. <c>Federation:Hubs:lomazzo = http://127.0.0.1:5101</c>.</summary>
    public Dictionary<string, Uri?> Hubs { get; set; } = [];

    [Required]
    public Uri? DirectoryUrl { get; set; }

    [Required]
    public Uri? ExchangeUrl { get; set; }

    /// <summary>The portal's pages, served at <c>/</c> when set.</summary>
    public Uri? PortalUrl { get; set; }

    /// <summary>A refused or unreachable upstream must be answered for well inside the 2 seconds a caller may wait.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:30")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long an upstream may stay silent (before its response headers, or between body chunks) before the call is cut
    /// and answered with 503. Real calls are plain reads and single writes that answer in milliseconds; 10 s leaves room
    /// for a slow disk while still freeing callers of a node that accepts connections but hangs. Such a node also fails
    /// its health probes, after which every call to it is answered at once.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan ActivityTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often each upstream's liveness is probed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan HealthProbeInterval { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan HealthProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The probed path. <c>/alive</c>, not <c>/health</c>: a node's <c>/health</c> also reports the broker, and a hub
    /// whose broker is down still serves its own bookings, so the gateway must keep routing to it.
    /// </summary>
    [Required]
    [RegularExpression("^/.*", ErrorMessage = "The health probe path starts with '/'.")]
    public string HealthProbePath { get; set; } = "/alive";

    /// <summary>
    /// Route every hub the directory's registry lists with a node address, and refuse suspended ones, as well as the
    /// hubs of <see cref="Hubs"/> (decision 0020). Off, only <see cref="Hubs"/> is routed, as before.
    /// </summary>
    public bool RoutesFromDirectory { get; set; } = true;

    /// <summary>How often the registry is read: a hub admitted is routed within about this long.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan RegistryRefreshInterval { get; set; } = TimeSpan.FromSeconds(5);
}
