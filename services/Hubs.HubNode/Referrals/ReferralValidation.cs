using System.Globalization;
using Hubs.Contracts.Federation;
using Hubs.Contracts.Referrals;
using Hubs.HubNode.Bookings;
using Hubs.HubNode.Intake;
using Hubs.HubNode.Slots;
using Hubs.ServiceDefaults.Http;
using NodaTime;

namespace Hubs.HubNode.Referrals;

/// <summary>Checks the referral bodies; errors are keyed by the JSON field name.</summary>
public static class ReferralValidation
{
    public static Dictionary<string, string[]> Validate(
        ReferralInput input, string ownHubId, Func<string, bool> isReferable, out ReferralRequest? request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        request = null;

        var toHubId = input.ToHubId?.Trim();
        if (string.IsNullOrEmpty(toHubId))
        {
            errors["toHubId"] = ["The hub the business is referred to is required."];
        }
        else if (!HubIds.IsWellFormed(toHubId))
        {
            errors["toHubId"] = ["A hub id is 2 to 32 lower-case letters, digits and single dashes."];
        }
        else if (toHubId == ownHubId)
        {
            errors["toHubId"] = ["A hub does not refer a business to itself."];
        }
        else if (!isReferable(toHubId))
        {
            errors["toHubId"] = ["Not a hub of the network (the founding hubs, or one listed in Referrals:PeerHubs)."];
        }

        Guid bookingId = default;
        if (input.BookingId is null)
        {
            errors["bookingId"] = ["The meeting after which the business is referred (its booking id) is required."];
        }
        else if (!Guid.TryParse(input.BookingId, out bookingId))
        {
            errors["bookingId"] = ["The booking id must be a GUID."];
        }

        if (input.Consent is not true)
        {
            errors["consent"] = ["The business must consent to its intake being handed to the other hub."];
        }

        var consentVersion = TextRules.Text(input.ConsentVersion, "consentVersion", IntakeValidation.MaxConsentVersionLength, multiline: false, errors, what: "consent text version", required: true);
        var note = TextRules.Text(input.Note, "note", ReferralLimits.MaxNoteLength, multiline: true, errors, what: "note", required: false);

        if (errors.Count == 0)
        {
            request = new ReferralRequest(toHubId!, bookingId, consentVersion!, note);
        }

        return errors;
    }

    /// <summary>The slot of a referral's booking: a brainstorming, since a referred business opens a new case here.</summary>
    public static Dictionary<string, string[]> Validate(ReferralBookingInput input, out (Guid ExpertId, Instant Start)? slot)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        slot = null;
        if (!Guid.TryParse(input.ExpertId, out var expertId))
        {
            errors["expertId"] = [input.ExpertId is null ? "The expert id is required." : "The expert id must be a GUID."];
        }

        var start = BookingRequestValidation.Start(input.Start, "start", errors);
        if (input.Kind is not null && (!ConsultationKinds.TryParse(input.Kind, out var kind) || kind != ConsultationKind.Brainstorming))
        {
            errors["kind"] = [$"A referred business opens a new case here: book a {ConsultationKinds.BrainstormingCode}."];
        }

        if (errors.Count == 0)
        {
            slot = (expertId, start!.Value);
        }

        return errors;
    }
}
