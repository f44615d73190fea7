using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Hubs.Gateway.Edge;

/// <summary>What data annotations on the top level cannot check: the nested buckets, the origins and the proxies.</summary>
public sealed class GatewayOptionsValidation : IValidateOptions<GatewayOptions>
{
    public ValidateOptionsResult Validate(string? name, GatewayOptions options)
    {
        var failures = new List<string>();

        CheckBucket("Gateway:RateLimits:PerAddress", options.RateLimits.PerAddress, failures);
        CheckBucket("Gateway:RateLimits:PerToken", options.RateLimits.PerToken, failures);

        for (var i = 0; i < options.Cors.AllowedOrigins.Count; i++)
        {
            if (!PortalCors.TryParseOrigin(options.Cors.AllowedOrigins[i], out _))
            {
                failures.Add($"Gateway:Cors:AllowedOrigins:{i} must be an http(s) origin such as https://portal.example (no path, no wildcard).");
            }
        }

        for (var i = 0; i < options.KnownProxies.Count; i++)
        {
            if (!TrustedProxies.IsValid(options.KnownProxies[i]))
            {
                failures.Add($"Gateway:KnownProxies:{i} must be an IP address or a CIDR network.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckBucket(string key, TokenBucketOptions? bucket, List<string> failures)
    {
        if (bucket is null)
        {
            failures.Add($"{key} is required.");
            return;
        }

        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(bucket, new ValidationContext(bucket), results, validateAllProperties: true))
        {
            failures.AddRange(results.Select(r => $"{key}:{string.Join(',', r.MemberNames)}: {r.ErrorMessage}"));
        }
    }
}
