using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Hubs.Exchange.Statistics;

/// <summary>What the statistics endpoints need, bound with [AsParameters].</summary>
public sealed record PracticeStatisticsServices(IPracticeActivityCounts Counts, IOptions<JsonOptions> Json, HttpContext Http);
