using Hubs.Contracts.Federation;
using Microsoft.Extensions.Options;

namespace Hubs.Gateway.Federation;

/// <summary>What data annotations cannot say: hub ids are well formed and every upstream is an absolute http(s) URL.</summary>
public sealed class FederationOptionsValidation : IValidateOptions<FederationOptions>
{
    public ValidateOptionsResult Validate(string? name, FederationOptions options)
    {
        var failures = new List<string>();

        if (options.Hubs.Count == 0 && !options.RoutesFromDirectory)
        {
            failures.Add("Federation:Hubs names no hub and Federation:RoutesFromDirectory is off: the gateway would route nowhere.");
        }

        foreach (var (hubId, url) in options.Hubs)
        {
            if (!HubIds.IsWellFormed(hubId))
            {
                failures.Add($"Federation:Hubs:{hubId} is not a well-formed hub id (2-32 lower-case letters, digits and single dashes).");
            }

            CheckUrl($"Federation:Hubs:{hubId}", url, required: true, failures);
        }

        CheckUrl("Federation:DirectoryUrl", options.DirectoryUrl, required: true, failures);
        CheckUrl("Federation:ExchangeUrl", options.ExchangeUrl, required: true, failures);
        CheckUrl("Federation:PortalUrl", options.PortalUrl, required: false, failures);

        if (options.HealthProbeTimeout > options.HealthProbeInterval)
        {
            failures.Add("Federation:HealthProbeTimeout must not exceed Federation:HealthProbeInterval.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckUrl(string key, Uri? url, bool required, List<string> failures)
    {
        if (url is null)
        {
            if (required)
            {
                failures.Add($"{key} is required.");
            }

            return;
        }

        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{key} must be an absolute http or https URL.");
        }
    }
}
