namespace Hubs.Exchange.Statistics;

/// <summary>
/// The answer of <c>GET /api/practices/stats/activity</c>: the period [<see cref="From"/>, <see cref="To"/>) (an open end
/// is null), and every hub with anything in it, by hub id.
/// </summary>
public sealed record PracticeActivity(DateTimeOffset? From, DateTimeOffset? To, IReadOnlyList<HubPracticeActivity> Hubs);
