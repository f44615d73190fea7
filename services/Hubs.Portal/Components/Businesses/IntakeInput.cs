using System.Net.Mail;
using Hubs.Contracts.Geography;
using Hubs.Contracts.Taxonomy;
using Hubs.Contracts.Validation;
using Hubs.Portal.Gateway;
using Hubs.Portal.Localization;
using Microsoft.Extensions.Localization;

namespace Hubs.Portal.Components.Businesses;

/// <summary>
/// The intake as typed on the booking page, kept as typed (so a page with errors shows it again), checked here before
/// it is sent, and the hub's answer mapped back to the same fields. Field ids are the form's input names.
/// </summary>
public sealed class IntakeInput
{
    public const int MaxCompanyName = 200;
    public const int MaxNeed = 2000;

    public string CompanyName { get; set; } = "";
    public string VatNumber { get; set; } = "";
    public string AtecoSection { get; set; } = "";
    public string SizeClass { get; set; } = "";
    public string ProvinceCode { get; set; } = "";
    public List<string> Topics { get; set; } = [];
    public string Need { get; set; } = "";
    public string Email { get; set; } = "";
    public bool Consent { get; set; }

    public static IntakeInput From(NeedQuery need) => new()
    {
        AtecoSection = need.Sector ?? "",
        SizeClass = need.Size ?? "",
        ProvinceCode = need.Province ?? "",
        Topics = [.. need.Topics],
    };

    public static IntakeInput From(IFormCollection form) => new()
    {
        CompanyName = form["companyName"].ToString(),
        VatNumber = form["vatNumber"].ToString(),
        AtecoSection = form["atecoSection"].ToString(),
        SizeClass = form["sizeClass"].ToString(),
        ProvinceCode = form["provinceCode"].ToString(),
        Topics = [.. form["topics"].Where(t => t is not null).Select(t => t!)],
        Need = form["need"].ToString(),
        Email = form["email"].ToString(),
        Consent = form["consent"] == "true",
    };

    public Dictionary<string, string> Check(IStringLocalizer<Text> l)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(CompanyName))
        {
            errors["companyName"] = l["Error_CompanyRequired"];
        }
        else if (CompanyName.Trim().Length > MaxCompanyName)
        {
            errors["companyName"] = l["Error_TooLong", MaxCompanyName];
        }

        if (!string.IsNullOrWhiteSpace(VatNumber) && !PartitaIva.TryNormalize(VatNumber, out _))
        {
            errors["vatNumber"] = l["Error_VatNumber"];
        }

        if (!BusinessChoices.AtecoSections.Contains(AtecoSection))
        {
            errors["atecoSection"] = l["Error_ChooseOne"];
        }

        if (!BusinessChoices.Sizes.Contains(SizeClass))
        {
            errors["sizeClass"] = l["Error_ChooseOne"];
        }

        if (!Provinces.IsKnown(ProvinceCode))
        {
            errors["provinceCode"] = l["Error_ProvinceRequired"];
        }

        if (Topics.Count == 0 || !Topics.All(Hubs.Contracts.Taxonomy.Topics.IsKnown))
        {
            errors["topics"] = l["Error_TopicRequired"];
        }

        if (string.IsNullOrWhiteSpace(Need))
        {
            errors["need"] = l["Error_NeedRequired"];
        }
        else if (Need.Trim().Length > MaxNeed)
        {
            errors["need"] = l["Error_TooLong", MaxNeed];
        }

        if (string.IsNullOrWhiteSpace(Email))
        {
            errors["email"] = l["Error_EmailRequired"];
        }
        else if (!MailAddress.TryCreate(Email.Trim(), out var address) || !address.Host.Contains('.', StringComparison.Ordinal) || address.Address != Email.Trim())
        {
            errors["email"] = l["Error_EmailInvalid"];
        }

        if (!Consent)
        {
            errors["consent"] = l["Error_ConsentRequired"];
        }

        return errors;
    }

    public IntakeForm ToForm(string consentVersion) => new(
        CompanyName.Trim(), string.IsNullOrWhiteSpace(VatNumber) ? null : VatNumber.Trim(), AtecoSection, SizeClass, ProvinceCode,
        Topics, Need.Trim(), Email.Trim(), Consent, consentVersion);

    /// <summary>The hub's field names (<c>intake.companyName</c>) mapped back to the form's, each with the page's own message.</summary>
    public static Dictionary<string, string> Map(ApiProblem problem, IStringLocalizer<Text> l)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in new[] { "companyName", "vatNumber", "atecoSection", "sizeClass", "provinceCode", "topics", "need", "email", "consent", "consentVersion" })
        {
            if (problem.Names("intake." + field))
            {
                errors[field == "consentVersion" ? "consent" : field] = field switch
                {
                    "vatNumber" => l["Error_VatNumber"],
                    "email" => l["Error_EmailInvalid"],
                    "consent" or "consentVersion" => l["Error_ConsentRequired"],
                    _ => l["Error_Invalid"],
                };
            }
        }

        if (problem.Names("start") || problem.Names("expertId"))
        {
            errors["slot"] = l["Error_SlotRequired"];
        }

        return errors;
    }
}
