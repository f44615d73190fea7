using System.Globalization;
using Hubs.Contracts.Federation;
using Hubs.Contracts.Geography;
using Hubs.Contracts.Taxonomy;

namespace Hubs.Directory.Referrals;

/// <summary>Checks a referral body field by field; errors are keyed by the JSON name of the field (<c>topics[1]</c>, <c>referrer.kind</c>).</summary>
public static class ReferralValidation
{
    public const int MaxReferrerNameLength = 200;

    // The taxonomy has fewer; the bound keeps a huge list from producing a huge problem response.
    public const int MaxTopics = 20;

    /// <param name="input">The body as sent.</param>
    /// <param name="isAnnouncedHub">Whether a hub id names a hub of the network (for a referring hub).</param>
    /// <param name="request">The validated request, or null when there are errors.</param>
    public static Dictionary<string, string[]> Validate(ReferralInput input, Func<string, bool> isAnnouncedHub, out ReferralRequest? request)
    {
        var errors = new Dictionary<string, string[]>();
        request = null;

        var province = input.ProvinceCode?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(province))
        {
            errors["provinceCode"] = ["The business's province (its two-letter code, e.g. CO) is required."];
        }
        else if (!Provinces.IsKnown(province))
        {
            errors["provinceCode"] = ["Unknown province: use the two-letter code (sigla) of an Italian province, such as CO or NA."];
        }

        var topics = new List<string>();
        if (input.Topics is not { Count: > 0 })
        {
            errors["topics"] = ["At least one topic is required."];
        }
        else if (input.Topics.Count > MaxTopics)
        {
            errors["topics"] = [$"At most {MaxTopics} topics."];
        }
        else
        {
            for (var i = 0; i < input.Topics.Count; i++)
            {
                var topic = input.Topics[i]?.Trim();
                if (!Topics.IsKnown(topic))
                {
                    errors[string.Create(CultureInfo.InvariantCulture, $"topics[{i}]")] =
                        [$"Unknown topic. Known topics: {string.Join(", ", Topics.All.Select(t => t.Code))}."];
                }
                else if (!topics.Contains(topic!, StringComparer.Ordinal))
                {
                    topics.Add(topic!);
                }
            }
        }

        string? ateco = null;
        if (!string.IsNullOrWhiteSpace(input.AtecoSection) && (ateco = BusinessClasses.AtecoSection(input.AtecoSection)) is null)
        {
            errors["atecoSection"] = ["An ATECO section is one letter, A to U."];
        }

        string? size = null;
        if (!string.IsNullOrWhiteSpace(input.SizeClass) && (size = BusinessClasses.SizeClass(input.SizeClass)) is null)
        {
            errors["sizeClass"] = [$"The size class is one of {string.Join(", ", BusinessClasses.SizeClasses)}."];
        }

        var language = string.IsNullOrWhiteSpace(input.Language) ? null : input.Language.Trim().ToLowerInvariant();
        if (language is not null && !LanguageCodes.IsKnown(language))
        {
            errors["language"] = ["Unknown language: use an ISO 639-1 two-letter code such as it, en, de."];
        }

        var urgency = string.IsNullOrWhiteSpace(input.Urgency) ? Urgencies.Normal : input.Urgency.Trim().ToLowerInvariant();
        if (!Urgencies.All.Contains(urgency))
        {
            errors["urgency"] = [$"The urgency is one of {string.Join(", ", Urgencies.All)}."];
        }

        var referrer = ValidateReferrer(input.Referrer, isAnnouncedHub, errors);

        if (errors.Count == 0)
        {
            request = new ReferralRequest
            {
                ProvinceCode = province!,
                Topics = topics,
                AtecoSection = ateco,
                SizeClass = size,
                Language = language,
                Urgency = urgency,
                Referrer = referrer,
            };
        }

        return errors;
    }

    private static Referrer? ValidateReferrer(ReferrerInput? input, Func<string, bool> isAnnouncedHub, Dictionary<string, string[]> errors)
    {
        if (input is null)
        {
            return null;
        }

        var kind = input.Kind?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(kind) || !ReferrerKinds.All.Contains(kind))
        {
            errors["referrer.kind"] = [$"The referrer's kind is one of {string.Join(", ", ReferrerKinds.All)}."];
        }

        if (input.Name is { Length: > MaxReferrerNameLength })
        {
            errors["referrer.name"] = [$"The referrer's name is at most {MaxReferrerNameLength} characters."];
        }

        var hubId = string.IsNullOrWhiteSpace(input.HubId) ? null : input.HubId.Trim();
        if (kind == ReferrerKinds.Hub)
        {
            if (hubId is null)
            {
                errors["referrer.hubId"] = ["A referring hub names itself by its hub id."];
            }
            else if (!HubIds.IsWellFormed(hubId) || !isAnnouncedHub(hubId))
            {
                errors["referrer.hubId"] = ["The directory knows no hub with this id."];
            }
        }
        else if (hubId is not null)
        {
            errors["referrer.hubId"] = ["Only a referrer of kind hub carries a hub id."];
        }

        return errors.Keys.Any(k => k.StartsWith("referrer.", StringComparison.Ordinal))
            ? null
            : new Referrer(kind!, kind == ReferrerKinds.Hub ? hubId : null);
    }
}
