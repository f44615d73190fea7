using Hubs.Portal.Gateway;
using Microsoft.AspNetCore.Http;

namespace Hubs.Portal.Components.Staff;

/// <summary>
/// What the practice form holds: read from the posted form, or from the practice as stored. The fields are named as the
/// hub's API names them, so that a refusal keyed by field lands next to the right one.
/// </summary>
public sealed record PracticeForm(
    string Title, string Summary, string BodyMarkdown, IReadOnlyList<string> Topics, string ResultsAchieved, string Links, string Language,
    string GrantCallReference, long Version)
{
    public static PracticeForm Empty { get; } = new("", "", "", [], "", "", "it", "", 0);

    public static PracticeForm Of(StaffPractice practice) => new(
        practice.Title, practice.Summary, practice.BodyMarkdown, practice.Topics, practice.ResultsAchieved, string.Join('\n', practice.Links),
        practice.Language, practice.GrantCallReference ?? "", practice.Version);

    public static PracticeForm Read(IFormCollection form) => new(
        form["title"].ToString().Trim(),
        form["summary"].ToString().Trim(),
        // Markdown's leading indentation is meaningful: the body keeps it, as the hub does.
        form["bodyMarkdown"].ToString().TrimEnd(),
        [.. form["topics"].Where(t => Hubs.Contracts.Taxonomy.Topics.IsKnown(t)).Select(t => t!)],
        form["resultsAchieved"].ToString().Trim(),
        form["links"].ToString().Trim(),
        form["language"] is { Count: 1 } l && ExpertForm.LanguageChoices.Contains(l.ToString()) ? l.ToString() : "it",
        form["grantCallReference"].ToString().Trim(),
        long.TryParse(form["version"], out var v) ? v : 0);

    /// <summary>One web address a line, blank lines dropped.</summary>
    public IReadOnlyList<string> LinkList => [.. Links.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    public PracticeContent Content => new(
        Title, Summary, BodyMarkdown, Topics, ResultsAchieved, LinkList, Language, GrantCallReference.Length == 0 ? null : GrantCallReference);

    /// <summary>The fields a person must fill, keyed as the form names them.</summary>
    public Dictionary<string, string> Missing(Func<string, string> text)
    {
        var errors = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (Title.Length == 0)
        {
            errors["title"] = text("StaffPractice_TitleRequired");
        }

        if (Summary.Length == 0)
        {
            errors["summary"] = text("StaffPractice_SummaryRequired");
        }

        if (BodyMarkdown.Trim().Length == 0)
        {
            errors["bodyMarkdown"] = text("StaffPractice_BodyRequired");
        }

        if (Topics.Count == 0)
        {
            errors["topics"] = text("Error_TopicRequired");
        }

        return errors;
    }
}
