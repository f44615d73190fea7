using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hubs.ServiceDefaults.Security;

/// <summary>
/// <c>Auth:Authority</c> must be an https URL; plain http only in Development and only on a loopback address, where
/// the embedded provider of the local run and the tests lives. Keys fetched over http elsewhere could be swapped by
/// anyone on the path.
/// </summary>
public sealed class AuthorityValidation(IHostEnvironment environment) : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Authority))
        {
            return ValidateOptionsResult.Success;
        }

        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority))
        {
            return ValidateOptionsResult.Fail("Auth:Authority must be an absolute URL, e.g. https://login.example.org/realms/hubs.");
        }

        if (authority.Scheme == Uri.UriSchemeHttps || AllowsHttp(authority, environment))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(
            "Auth:Authority must use https (http is accepted only in Development, on a loopback address such as 127.0.0.1).");
    }

    public static bool AllowsHttp(Uri authority, IHostEnvironment environment) =>
        authority.Scheme == Uri.UriSchemeHttp && environment.IsDevelopment() && authority.IsLoopback;
}
