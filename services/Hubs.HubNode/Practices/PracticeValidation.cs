using System.Globalization;
using Hubs.Contracts.Practices;
using Hubs.Contracts.Taxonomy;
using Hubs.ServiceDefaults.Http;

namespace Hubs.HubNode.Practices;

/// <summary>
/// Checks a <see cref="PracticeInput"/>; errors are keyed by the JSON field name, e.g. <c>links[1]</c>.
/// A practice goes to every hub, so beyond the bounds it must hold no contact details: an e-mail address or a phone
/// number anywhere is refused (the rule staff are given: describe the firm by sector and size, link to the hub's site).
/// </summary>
public static class PracticeValidation
{
    public static Dictionary<string, string[]> Validate(PracticeInput input, out PracticeDraft? draft)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var title = Text(input.Title, "title", PracticeLimits.MaxTitleLength, required: true, multiline: false, errors);
        var summary = Text(input.Summary, "summary", PracticeLimits.MaxSummaryLength, required: true, multiline: true, errors);
        var body = Text(input.BodyMarkdown, "bodyMarkdown", PracticeLimits.MaxBodyLength, required: true, multiline: true, errors);
        var results = Text(input.ResultsAchieved, "resultsAchieved", PracticeLimits.MaxResultsLength, required: false, multiline: true, errors);
        var grantCall = Text(input.GrantCallReference, "grantCallReference", PracticeLimits.MaxGrantCallReferenceLength, required: false, multiline: false, errors);
        var topics = Topics(input.Topics, errors);
        var links = Links(input.Links, errors);
        var language = input.Language?.Trim();
        if (!LanguageCodes.IsKnown(language))
        {
            errors["language"] = [string.IsNullOrEmpty(language) ? "The language is required (ISO 639-1, e.g. \"it\")." : $"{TextRules.Shown(language)} is not a known ISO 639-1 language code."];
        }

        draft = errors.Count == 0
            ? new PracticeDraft(title!, summary!, body!, topics!, results ?? "", links!, language!, string.IsNullOrEmpty(grantCall) ? null : grantCall)
            : null;
        return errors;
    }

    private static string? Text(string? value, string field, int maxLength, bool required, bool multiline, Dictionary<string, string[]> errors)
    {
        // Markdown's leading indentation is meaningful, so the body keeps it; everything else is trimmed.
        var text = field == "bodyMarkdown" ? value?.TrimEnd() : value?.Trim();
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors[field] = [$"The {field} is required."];
            }

            return required ? null : "";
        }

        string? problem = text.Length > maxLength
            ? string.Create(CultureInfo.InvariantCulture, $"The {field} must be at most {maxLength} characters.")
            : !IsCleanText(text, multiline)
                ? $"The {field} must not contain control characters or broken Unicode."
                : ContactDetails.ContainsEmailAddress(text)
                    ? $"The {field} must not contain an e-mail address: practices are public across the network; link to the hub's website instead."
                    : ContactDetails.ContainsPhoneNumber(text)
                        ? $"The {field} must not contain a phone or VAT number: practices are public across the network and name no person or business."
                        : null;
        if (problem is not null)
        {
            errors[field] = [problem];
            return null;
        }

        return text;
    }

    private static List<string>? Topics(List<string?>? values, Dictionary<string, string[]> errors)
    {
        if (values is null || values.Count == 0)
        {
            errors["topics"] = ["At least one topic code is required."];
            return null;
        }

        if (values.Count > PracticeLimits.MaxTopics)
        {
            errors["topics"] = [string.Create(CultureInfo.InvariantCulture, $"At most {PracticeLimits.MaxTopics} topics.")];
            return null;
        }

        var valid = true;
        for (var i = 0; i < values.Count; i++)
        {
            if (!Contracts.Taxonomy.Topics.IsKnown(values[i]))
            {
                errors[Indexed("topics", i)] = [$"{TextRules.Shown(values[i])} is not a known topic code."];
                valid = false;
            }
        }

        return valid ? [.. values.Select(v => v!).Distinct(StringComparer.Ordinal)] : null;
    }

    private static List<string>? Links(List<string?>? values, Dictionary<string, string[]> errors)
    {
        if (values is null)
        {
            return [];
        }

        if (values.Count > PracticeLimits.MaxLinks)
        {
            errors["links"] = [string.Create(CultureInfo.InvariantCulture, $"At most {PracticeLimits.MaxLinks} links.")];
            return null;
        }

        var valid = true;
        for (var i = 0; i < values.Count; i++)
        {
            var link = values[i]?.Trim();
            string? problem = !PracticeLinks.IsAllowed(link)
                ? $"{TextRules.Shown(link)} is not an absolute http or https URL (at most {PracticeLimits.MaxLinkLength} characters, no spaces, no user name)."
                : ContactDetails.ContainsEmailAddress(link) ? "A link must not carry an e-mail address." : null;
            if (problem is not null)
            {
                errors[Indexed("links", i)] = [problem];
                valid = false;
            }
        }

        return valid ? [.. values.Select(v => v!.Trim()).Distinct(StringComparer.Ordinal)] : null;
    }

    private static bool IsCleanText(string text, bool multiline)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            // Lone surrogates and U+FFFE/U+FFFF cannot be written to XML (the exchange's Atom feed) or shown reliably.
            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
            {
                return false;
            }
        }

        return true;
    }

    private static string Indexed(string field, int index) => string.Create(CultureInfo.InvariantCulture, $"{field}[{index}]");
}
