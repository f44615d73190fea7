using Hubs.Portal.Localization;
using Microsoft.Extensions.Localization;

namespace Hubs.Portal.Components.Staff;

/// <summary>
/// An API's refusal in the page's words, keyed by the form field it concerns: the fields it names get "not valid"
/// (with the rule the page knows), a refusal with a reason code gets that reason's sentence on <paramref name="general"/>.
/// </summary>
public static class StaffProblems
{
    public static Dictionary<string, string> Fields(Gateway.ApiProblem problem, IStringLocalizer<Text> l, string general)
    {
        var errors = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in problem.Errors.Keys)
        {
            var key = field.Split('.', '[')[0];
            errors[key] = l["Error_Invalid"];
        }

        if (errors.Count == 0)
        {
            var reason = problem.Reason is { } r && !l["Staff_Reason_" + r].ResourceNotFound
                ? l["Staff_Reason_" + r].Value
                : l["Staff_Reason_other"].Value;
            errors[general] = reason;
        }

        return errors;
    }
}
