using Hubs.Contracts.Taxonomy;
using Hubs.Portal.Gateway;
using Microsoft.AspNetCore.Http;

namespace Hubs.Portal.Components.Staff;

/// <summary>What the expert form holds: read from the posted form, or from the expert as stored.</summary>
public sealed record ExpertForm(string Name, string Title, string Bio, IReadOnlyList<string> Competencies, IReadOnlyList<string> Languages, long Version)
{
    /// <summary>The languages offered as checkboxes: the network's usual ones.</summary>
    public static readonly string[] LanguageChoices = ["it", "en", "de", "fr", "es"];

    public static ExpertForm Empty { get; } = new("", "", "", [], ["it"], 0);

    public static ExpertForm Of(StaffExpert expert) => new(expert.Name, expert.Title, expert.Bio, expert.Competencies, expert.Languages, expert.Version);

    public static ExpertForm Read(IFormCollection form) => new(
        form["name"].ToString().Trim(),
        form["title"].ToString().Trim(),
        form["bio"].ToString().Trim(),
        [.. form["competencies"].Where(c => Topics.IsKnown(c)).Select(c => c!)],
        [.. form["languages"].Where(l => l is { Length: 2 }).Select(l => l!)],
        long.TryParse(form["version"], out var v) ? v : 0);

    public ExpertProfile Profile => new(Name, Title, Bio, Competencies, Languages);

    /// <summary>The fields a person must fill, keyed as the form names them.</summary>
    public Dictionary<string, string> Missing(Func<string, string> text)
    {
        var errors = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (Name.Length == 0)
        {
            errors["name"] = text("Staff_Expert_NameRequired");
        }

        if (Title.Length == 0)
        {
            errors["title"] = text("Staff_Expert_TitleRequired");
        }

        if (Bio.Length == 0)
        {
            errors["bio"] = text("Staff_Expert_BioRequired");
        }

        if (Competencies.Count == 0)
        {
            errors["competencies"] = text("Error_TopicRequired");
        }

        if (Languages.Count == 0)
        {
            errors["languages"] = text("Staff_Expert_LanguageRequired");
        }

        return errors;
    }
}
