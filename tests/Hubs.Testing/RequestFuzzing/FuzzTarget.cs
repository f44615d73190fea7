using System.Text.Json.Nodes;

namespace Hubs.Testing.RequestFuzzing;

/// <summary>What a service's fuzz test knows about its seeded data: ids that exist, and a valid body per endpoint.</summary>
public sealed class FuzzTarget
{
    /// <summary>The name printed in the summary line: hub-node, directory, exchange, gateway.</summary>
    public required string Service { get; init; }

    /// <summary>The hub whose staff is "staff of the hub"; staff of <see cref="OtherHubId"/> plays another hub.</summary>
    public string HubId { get; init; } = "lomazzo";

    public string OtherHubId { get; init; } = "ivrea";

    /// <summary>
    /// Valid values (existing ids, tokens, known topics) of a route, query or header parameter of an endpoint; empty
    /// when there are none, and the generator makes its own.
    /// </summary>
    public Func<FuzzEndpoint, string, IReadOnlyList<string>> Known { get; init; } = (_, _) => [];

    /// <summary>
    /// A valid body by endpoint key ("POST /api/..."), built from a variant number so valid requests differ (another
    /// slot, another expert); endpoints without one get a body sampled from their declared request type.
    /// </summary>
    public IReadOnlyDictionary<string, Func<int, JsonNode>> Bodies { get; init; } = new Dictionary<string, Func<int, JsonNode>>();

    /// <summary>
    /// Body fields whose values name existing rows a write may change (a follow-up booking's caseId); null: every id
    /// in the body. A narrow list keeps a body's mere mention of an expert from excusing a change to its bookings.
    /// </summary>
    public IReadOnlyCollection<string>? BodyFieldsThatTouch { get; init; }

    /// <summary>Told of every successful POST's JSON answer, so the test can add what was created to <see cref="Known"/>.</summary>
    public Action<FuzzEndpoint, System.Text.Json.JsonElement>? Created { get; init; }

    /// <summary>Longest generated path or query value (a real socket's request line has a limit of its own).</summary>
    public int MaxValueLength { get; init; } = 4000;

    /// <summary>
    /// Behind a real socket Kestrel answers a request it cannot parse (a NUL in the path, a line too long) with a bare
    /// 400/414/431 before any middleware runs: counted as refused by the host, like the test host's own refusals.
    /// </summary>
    public bool OnRealSocket { get; init; }

    /// <summary>
    /// The largest body the service reads. Over it a server may answer (413, or 401 before reading) and close the
    /// connection while the client is still sending: an upload cut short is then the expected end, not a failure.
    /// </summary>
    public long? MaxBodyBytes { get; init; }
}
