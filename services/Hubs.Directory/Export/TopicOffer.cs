namespace Hubs.Directory.Export;

/// <summary>A topic offered at a hub: how many of its active experts cover it and the languages they speak.</summary>
public sealed record TopicOffer(string HubId, string Topic, int ExpertCount, IReadOnlyList<string> Languages);
