using Hubs.Portal.Gateway;
using Hubs.Portal.Localization;
using Microsoft.Extensions.Localization;

namespace Hubs.Portal.Components.Businesses;

/// <summary>A hub's refusal of a booking or a move, in the page's words and next to the field it concerns.</summary>
public static class BookingProblems
{
    public static Dictionary<string, string> Map(ApiProblem problem, IStringLocalizer<Text> l, out bool slotGone, out bool consentGone)
    {
        slotGone = problem.Reason is "slot-taken" or "slot-not-offered" or "slot-in-past";
        consentGone = problem.Reason is "consent-outdated" || problem.Names("intake.consentVersion") && problem.Status == System.Net.HttpStatusCode.Conflict;
        if (slotGone)
        {
            return new(StringComparer.Ordinal) { ["slot"] = l["Error_SlotTaken"] };
        }

        if (consentGone)
        {
            return new(StringComparer.Ordinal) { ["consent"] = l["Error_ConsentOutdated"] };
        }

        var errors = IntakeInput.Map(problem, l);
        if (errors.Count == 0)
        {
            errors["slot"] = problem.Reason switch
            {
                "business-limit-reached" => l["Error_BusinessLimit"],
                "too-late" => l["Error_TooLate"],
                "followup-not-allowed" => l["Error_FollowupNotAllowed"],
                _ => l["Error_BookingRefused"],
            };
        }

        return errors;
    }
}
