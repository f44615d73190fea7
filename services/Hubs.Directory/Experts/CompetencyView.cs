namespace Hubs.Directory.Experts;

/// <summary>A competency with its labels for people.</summary>
public sealed record CompetencyView(string Code, string LabelIt, string LabelEn);
