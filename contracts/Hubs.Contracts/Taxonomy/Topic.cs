namespace Hubs.Contracts.Taxonomy;

/// <summary>A consultation topic: a stable code and its labels in Italian and English.</summary>
public sealed record Topic(string Code, string LabelIt, string LabelEn);
