using System.Globalization;
using Hubs.Contracts.Validation;
using Hubs.Contracts.Geography;
using Hubs.Contracts.Taxonomy;

namespace Hubs.HubNode.Intake;

/// <summary>
/// Checks an <see cref="IntakeInput"/>. Errors are keyed by the JSON path of the field under <c>prefix</c>, e.g.
/// <c>intake.vatNumber</c> or <c>intake.topics[1]</c>; values are echoed only where they are not personal data.
/// </summary>
public static class IntakeValidation
{
    public const int MaxCompanyNameLength = 200;
    public const int MaxNeedLength = 2000;
    public const int MaxConsentVersionLength = 50;
    public const int MaxTopics = 10;

    public static BusinessIntake? Validate(IntakeInput? input, string prefix, Dictionary<string, string[]> errors)
    {
        if (input is null)
        {
            errors[prefix] = ["The intake (company, sector, size, province, topics, need, e-mail, consent) is required."];
            return null;
        }

        var before = errors.Count;
        var companyName = Text(input.CompanyName, $"{prefix}.companyName", "company name", MaxCompanyNameLength, multiline: false, errors);
        var vatNumber = VatNumber(input.VatNumber, $"{prefix}.vatNumber", errors);
        var ateco = Coded(input.AtecoSection, $"{prefix}.atecoSection", AtecoSections.TryNormalize, "is not an ATECO section (one letter, A to U).", errors);
        var size = Coded(input.SizeClass, $"{prefix}.sizeClass", SizeClasses.TryNormalize, $"is not a size class ({string.Join(", ", SizeClasses.All)}).", errors);
        var province = Province(input.ProvinceCode, $"{prefix}.provinceCode", errors);
        var topics = TopicCodes(input.Topics, $"{prefix}.topics", errors);
        var need = Text(input.Need, $"{prefix}.need", "need", MaxNeedLength, multiline: true, errors);
        var email = Email(input.Email, $"{prefix}.email", errors);
        Consent(input.Consent, $"{prefix}.consent", errors);
        var consentVersion = Text(input.ConsentVersion, $"{prefix}.consentVersion", "consent text version", MaxConsentVersionLength, multiline: false, errors);
        var language = Language(input.Language, $"{prefix}.language", errors);

        if (errors.Count != before)
        {
            return null;
        }

        return new BusinessIntake
        {
            CompanyName = companyName!,
            VatNumber = vatNumber,
            AtecoSection = ateco!,
            SizeClass = size!,
            ProvinceCode = province!,
            Topics = topics!,
            Need = need!,
            Email = email!,
            ConsentVersion = consentVersion!,
            Language = language!,
        };
    }

    private static string? Language(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return MailLanguages.Italian;
        }

        if (MailLanguages.TryNormalize(value, out var language))
        {
            return language;
        }

        errors[field] = [$"{Shown(value)} is not a language the hub writes in ({string.Join(", ", MailLanguages.All)})."];
        return null;
    }

    private static string? Text(string? value, string field, string what, int maxLength, bool multiline, Dictionary<string, string[]> errors)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors[field] = [$"The {what} is required."];
            return null;
        }

        if (text.Length > maxLength)
        {
            errors[field] = [string.Create(CultureInfo.InvariantCulture, $"The {what} must be at most {maxLength} characters.")];
            return null;
        }

        if (text.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
        {
            errors[field] = [$"The {what} must not contain control characters."];
            return null;
        }

        return text;
    }

    private static string? VatNumber(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            // Optional: sole traders and start-ups without one still get a consultation.
            return null;
        }

        if (!PartitaIva.TryNormalize(value, out var digits))
        {
            // Never echo it back: a VAT number identifies the business.
            errors[field] = ["The Partita IVA must be 11 digits with a valid check digit."];
            return null;
        }

        return digits;
    }

    private delegate bool Normalizer(string? text, out string normalized);

    private static string? Coded(string? value, string field, Normalizer normalize, string problem, Dictionary<string, string[]> errors)
    {
        if (normalize(value, out var code))
        {
            return code;
        }

        errors[field] = [$"{Shown(value)} {problem}"];
        return null;
    }

    private static string? Province(string? value, string field, Dictionary<string, string[]> errors)
    {
        var code = value?.Trim().ToUpperInvariant();
        if (Provinces.IsKnown(code))
        {
            return code;
        }

        errors[field] = [$"{Shown(value)} is not an Italian province code (e.g. CO, MI, TO)."];
        return null;
    }

    private static List<string>? TopicCodes(List<string?>? values, string field, Dictionary<string, string[]> errors)
    {
        if (values is null || values.Count == 0)
        {
            errors[field] = ["At least one topic code is required."];
            return null;
        }

        if (values.Count > MaxTopics)
        {
            errors[field] = [string.Create(CultureInfo.InvariantCulture, $"At most {MaxTopics} topic codes.")];
            return null;
        }

        var valid = true;
        for (var i = 0; i < values.Count; i++)
        {
            if (!Topics.IsKnown(values[i]))
            {
                errors[string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]")] = [$"{Shown(values[i])} is not a known topic code."];
                valid = false;
            }
        }

        return valid ? [.. values.Select(v => v!).Distinct(StringComparer.Ordinal)] : null;
    }

    private static string? Email(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = ["The contact e-mail is required."];
            return null;
        }

        if (!ContactEmail.TryNormalize(value, out var email))
        {
            errors[field] = ["The contact e-mail is not a valid address (name@domain.tld)."];
            return null;
        }

        return email;
    }

    private static void Consent(bool? value, string field, Dictionary<string, string[]> errors)
    {
        if (value is not true)
        {
            errors[field] = ["Consent to the processing of personal data (GDPR) is required to book."];
        }
    }

    // Echo enough of a bad code to recognise it, never a megabyte of it.
    private static string Shown(string? value) => value switch
    {
        null => "null",
        { Length: > 40 } => $"'{value[..40]}…'",
        _ => $"'{value}'",
    };
}
