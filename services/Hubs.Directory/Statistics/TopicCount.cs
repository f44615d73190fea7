namespace Hubs.Directory.Statistics;

public sealed record TopicCount(string Topic, long Count);
