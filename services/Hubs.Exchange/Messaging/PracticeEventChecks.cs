using Hubs.Contracts.Events;
using Hubs.Contracts.Federation;
using Hubs.Contracts.Practices;
using Hubs.Contracts.Taxonomy;

namespace Hubs.Exchange.Messaging;

/// <summary>
/// What a practice event must hold to be stored: the contract's shape and bounds, safe links, and no contact details
/// (the exchange's store must hold no personal data, whatever a hub sends). A failing event is dropped, not retried:
/// retrying cannot make it well-formed.
/// </summary>
public static class PracticeEventChecks
{
    /// <summary>Null when well-formed, else why not (for the log; never the offending text).</summary>
    public static string? Problem(PracticePublished e)
    {
        if (Problem(e.HubId, e.Version, e.EventId, e.PracticeId) is { } identity)
        {
            return identity;
        }

        if (!Text(e.Title, PracticeLimits.MaxTitleLength, required: true)
            || !Text(e.Summary, PracticeLimits.MaxSummaryLength, required: true)
            || !Text(e.BodyMarkdown, PracticeLimits.MaxBodyLength, required: true)
            || !Text(e.ResultsAchieved, PracticeLimits.MaxResultsLength, required: false)
            || !Text(e.GrantCallReference, PracticeLimits.MaxGrantCallReferenceLength, required: false))
        {
            return "a text field is missing or too long";
        }

        // A topic this build does not know yet is kept: the taxonomy may have grown at the hub first.
        if (e.Topics is not { Count: > 0 and <= PracticeLimits.MaxTopics }
            || e.Topics.Any(t => string.IsNullOrWhiteSpace(t) || t.Length > PracticeLimits.MaxTopicLength))
        {
            return "topics missing or malformed";
        }

        if (e.Links is null || e.Links.Count > PracticeLimits.MaxLinks || !e.Links.All(PracticeLinks.IsAllowed))
        {
            return "a link is not an absolute http(s) URL";
        }

        if (!LanguageCodes.IsKnown(e.Language))
        {
            return "unknown language";
        }

        string?[] texts = [e.Title, e.Summary, e.BodyMarkdown, e.ResultsAchieved, e.GrantCallReference, .. e.Links];
        if (texts.Any(ContactDetails.ContainsEmailAddress) || texts.Take(5).Any(ContactDetails.ContainsPhoneNumber))
        {
            return "contact details in the content";
        }

        return null;
    }

    public static string? Problem(PracticeWithdrawn e) => Problem(e.HubId, e.Version, e.EventId, e.PracticeId);

    private static string? Problem(string? hubId, long version, Guid eventId, Guid practiceId) =>
        !HubIds.IsWellFormed(hubId) || version < 1 || eventId == Guid.Empty || practiceId == Guid.Empty
            ? "hub id, version, event id or practice id malformed"
            : null;

    private static bool Text(string? value, int maxLength, bool required) =>
        value is null ? !required : (!required || !string.IsNullOrWhiteSpace(value)) && value.Length <= maxLength;
}
