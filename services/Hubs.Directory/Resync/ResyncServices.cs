using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Hubs.Directory.Resync;

/// <summary>What the resync endpoint needs, bound with [AsParameters].</summary>
public sealed record ResyncServices(SnapshotRequests Requests, IOptions<JsonOptions> Json, HttpContext Http, ILogger<ResyncServices> Logger);
