using Hubs.Contracts.Federation;
using Hubs.Contracts.Practices;

namespace Hubs.Exchange.Adoptions;

/// <summary>Checks an <see cref="AdoptionInput"/>; errors are keyed by the JSON field name.</summary>
public static class AdoptionValidation
{
    public static Dictionary<string, string[]> Validate(AdoptionInput input, string practiceHubId, Guid practiceId, out AdoptionRequest? request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var adopting = input.AdoptingHubId?.Trim();
        if (string.IsNullOrEmpty(adopting))
        {
            errors["adoptingHubId"] = ["The adopting hub's id is required."];
        }
        else if (!HubIds.IsWellFormed(adopting))
        {
            errors["adoptingHubId"] = ["A hub id is 2 to 32 lower-case letters, digits and single dashes."];
        }
        else if (adopting == practiceHubId)
        {
            errors["adoptingHubId"] = ["A hub does not adopt its own practice."];
        }

        var note = PublicNote.Check(input.Note, "note", PracticeLimits.MaxAdoptionNoteLength, errors);
        request = errors.Count == 0 ? new AdoptionRequest(practiceHubId, practiceId, adopting!, note!) : null;
        return errors;
    }
}
