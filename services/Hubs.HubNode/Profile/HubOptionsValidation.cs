using Hubs.Contracts.Federation;
using Hubs.Contracts.Geography;
using Hubs.Contracts.Taxonomy;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Hubs.HubNode.Profile;

/// <summary>The rules data annotations cannot express: the network's vocabularies and the profile being complete.</summary>
public sealed class HubOptionsValidation : IValidateOptions<HubOptions>
{
    private static readonly TimeSpan MinHeartbeat = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxHeartbeat = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, HubOptions options)
    {
        var failures = new List<string>();
        if (!HubIds.IsWellFormed(options.Id))
        {
            failures.Add($"Hub:Id '{options.Id}' is not a well-formed hub id (lower-case letters, digits and single dashes).");
        }

        if (string.IsNullOrWhiteSpace(options.Name))
        {
            failures.Add("Hub:Name is required (or use a hub id from the demo catalog).");
        }

        if (string.IsNullOrWhiteSpace(options.City))
        {
            failures.Add("Hub:City is required (or use a hub id from the demo catalog).");
        }

        if (!Provinces.IsKnown(options.Province))
        {
            failures.Add($"Hub:Province '{options.Province}' is not a known Italian province code.");
        }

        if (options.Latitude is null || options.Longitude is null)
        {
            failures.Add("Hub:Latitude and Hub:Longitude are required.");
        }

        failures.AddRange(options.Specialties.Where(s => !Topics.IsKnown(s)).Select(s => $"Hub:Specialties has an unknown topic code '{s}'."));
        failures.AddRange(options.Languages.Where(l => !LanguageCodes.IsKnown(l)).Select(l => $"Hub:Languages has an unknown language code '{l}'."));

        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZone ?? "") is null)
        {
            failures.Add($"Hub:TimeZone '{options.TimeZone}' is not a TZDB time zone id (e.g. Europe/Rome).");
        }

        if (options.HeartbeatInterval < MinHeartbeat || options.HeartbeatInterval > MaxHeartbeat)
        {
            failures.Add($"Hub:HeartbeatInterval must be between {MinHeartbeat} and {MaxHeartbeat}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
