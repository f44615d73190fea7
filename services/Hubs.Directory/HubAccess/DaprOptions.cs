namespace Hubs.Directory.HubAccess;

/// <summary>
/// Dapr service invocation (section <c>Dapr</c>). Enabled where a sidecar runs beside the directory (Kubernetes): a hub
/// is then called as the Dapr app <c>hub-{hubId}</c>, its sidecar resolving and securing the call (mTLS). The sidecar's
/// address comes from the usual variables (<c>DAPR_HTTP_ENDPOINT</c> or <c>DAPR_HTTP_PORT</c>, <c>DAPR_API_TOKEN</c>).
/// </summary>
public sealed class DaprOptions
{
    public const string Section = "Dapr";

    public bool Enabled { get; set; }

    /// <summary>The Dapr app id of a hub node.</summary>
    public static string AppIdOf(string hubId) => $"hub-{hubId}";
}
