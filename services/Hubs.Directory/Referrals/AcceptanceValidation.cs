using System.Globalization;
using System.Net.Mail;
using Hubs.Contracts.Commands;
using Hubs.Contracts.Federation;
using Hubs.Contracts.Geography;
using Hubs.Contracts.Taxonomy;
using Hubs.Contracts.Validation;

namespace Hubs.Directory.Referrals;

/// <summary>
/// Checks an acceptance field by field (errors keyed by JSON path: <c>hubId</c>, <c>intake.email</c>,
/// <c>intake.topics[1]</c>), with the rules of the hub node's intake. Values are never echoed: they are personal data.
/// </summary>
public static class AcceptanceValidation
{
    public const int MaxCompanyNameLength = 200;
    public const int MaxNeedLength = 2000;
    public const int MaxConsentVersionLength = 50;
    public const int MaxEmailLength = 254;
    public const int MaxTopics = 10;

    public static Dictionary<string, string[]> Validate(AcceptanceInput input, DateTimeOffset now, out (string HubId, ReferralIntake Intake)? acceptance)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        acceptance = null;

        var hubId = input.HubId?.Trim();
        if (!HubIds.IsWellFormed(hubId))
        {
            errors["hubId"] = [hubId is null ? "The hub the business accepts is required." : "A hub id is 2 to 32 lower-case letters, digits and single dashes."];
        }

        if (input.Consent is not true)
        {
            errors["consent"] = ["The business must consent to its intake being handed to the hub it accepts."];
        }

        var consentVersion = Text(input.ConsentVersion, "consentVersion", "consent text version", MaxConsentVersionLength, multiline: false, errors);
        var intake = input.Intake;
        if (intake is null)
        {
            errors["intake"] = ["The intake (company, sector, size, province, topics, need, e-mail) is required."];
            return errors;
        }

        var company = Text(intake.CompanyName, "intake.companyName", "company name", MaxCompanyNameLength, multiline: false, errors);
        string? vat = null;
        if (!string.IsNullOrWhiteSpace(intake.VatNumber) && !PartitaIva.TryNormalize(intake.VatNumber, out vat))
        {
            errors["intake.vatNumber"] = ["The Partita IVA must be 11 digits with a valid check digit."];
        }

        var ateco = BusinessClasses.AtecoSection(intake.AtecoSection);
        if (ateco is null)
        {
            errors["intake.atecoSection"] = ["An ATECO section is one letter, A to U."];
        }

        var size = BusinessClasses.SizeClass(intake.SizeClass);
        if (size is null)
        {
            errors["intake.sizeClass"] = [$"The size class is one of {string.Join(", ", BusinessClasses.SizeClasses)}."];
        }

        var province = intake.ProvinceCode?.Trim().ToUpperInvariant();
        if (!Provinces.IsKnown(province))
        {
            errors["intake.provinceCode"] = ["Unknown province: use the two-letter code (sigla) of an Italian province, such as CO or NA."];
        }

        var topics = Topics(intake.Topics, errors);
        var need = Text(intake.Need, "intake.need", "need", MaxNeedLength, multiline: true, errors);
        var email = Email(intake.Email, errors);

        if (errors.Count == 0)
        {
            acceptance = (hubId!, new ReferralIntake
            {
                CompanyName = company!,
                VatNumber = vat,
                AtecoSection = ateco!,
                SizeClass = size!,
                ProvinceCode = province!,
                Topics = topics!,
                Need = need!,
                Email = email!,
                ConsentVersion = consentVersion!,
                ConsentAt = now,
            });
        }

        return errors;
    }

    private static List<string>? Topics(IList<string?>? values, Dictionary<string, string[]> errors)
    {
        if (values is not { Count: > 0 })
        {
            errors["intake.topics"] = ["At least one topic is required."];
            return null;
        }

        if (values.Count > MaxTopics)
        {
            errors["intake.topics"] = [string.Create(CultureInfo.InvariantCulture, $"At most {MaxTopics} topics.")];
            return null;
        }

        var topics = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            var topic = values[i]?.Trim();
            if (!global::Hubs.Contracts.Taxonomy.Topics.IsKnown(topic))
            {
                errors[string.Create(CultureInfo.InvariantCulture, $"intake.topics[{i}]")] = ["Unknown topic."];
            }
            else if (!topics.Contains(topic!, StringComparer.Ordinal))
            {
                topics.Add(topic!);
            }
        }

        return topics;
    }

    private static string? Email(string? value, Dictionary<string, string[]> errors)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors["intake.email"] = ["The contact e-mail is required."];
            return null;
        }

        // A bare address only ("Name <a@b>" parses too, but does not give back the input), with a dotted domain.
        if (text.Length > MaxEmailLength || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
            || !MailAddress.TryCreate(text, out var address) || address.Address != text || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            errors["intake.email"] = ["The contact e-mail is not a valid address (name@domain.tld)."];
            return null;
        }

        return text.ToLowerInvariant();
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
}
