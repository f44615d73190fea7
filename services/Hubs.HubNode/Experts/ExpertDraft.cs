namespace Hubs.HubNode.Experts;

/// <summary>An expert's editable content after validation: trimmed, codes known, lists without duplicates.</summary>
public sealed record ExpertDraft(string Name, string Title, string Bio, IReadOnlyList<string> Competencies, IReadOnlyList<string> Languages);
