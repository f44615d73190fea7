using System.Collections.Frozen;
using Hubs.Contracts.Consultations;
using Hubs.Contracts.Taxonomy;

namespace Hubs.ServiceDefaults.OpenApi;

/// <summary>
/// The coded fields of our API by their JSON name, with the codes they take: the documents list them as enums, so a
/// client knows what to send without reading the validation. The codes come from the contracts, never copied.
/// </summary>
public static class CodedFields
{
    /// <summary>ATECO 2007/2025 sections, one letter A–U.</summary>
    public static readonly IReadOnlyList<string> AtecoSections = [.. Enumerable.Range('A', 'U' - 'A' + 1).Select(c => ((char)c).ToString())];

    public static readonly IReadOnlyList<string> SizeClasses = ["micro", "small", "medium", "startup"];

    public static readonly IReadOnlyList<string> ConsultationKinds = ["brainstorming", "followup"];

    private static readonly string[] TopicCodes = [.. Topics.All.Select(t => t.Code)];

    /// <summary>Field or query name (camelCase) → its codes. A list-valued field gets the enum on its items.</summary>
    public static readonly FrozenDictionary<string, IReadOnlyList<string>> ByName = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["atecoSection"] = AtecoSections,
        ["sizeClass"] = SizeClasses,
        ["attendance"] = Attendances.All,
        ["category"] = OutcomeCategories.All,
        ["topic"] = TopicCodes,
        ["topics"] = TopicCodes,
        ["competencies"] = TopicCodes,
        ["specialties"] = TopicCodes,
        ["language"] = LanguageCodes.All,
        ["languages"] = LanguageCodes.All,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
