using System.Text.RegularExpressions;

namespace Hubs.IntegrationTests.Infrastructure;

/// <summary>
/// Signs each request as the person who would make it: staff of the hub in <c>/api/hubs/{hubId}/…</c>, a coordinator
/// for the directory's coordinator routes, nobody for the rest. Tokens are real, signed with the run's key.
/// </summary>
internal sealed partial class CallerByPath : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri?.AbsolutePath ?? "";
        if (request.Headers.Authorization is null)
        {
            if (HubRoute().Match(path) is { Success: true } hub)
            {
                request.Headers.Authorization = global::Hubs.Testing.TestAuth.Bearer(global::Hubs.Testing.TestAuth.Staff(hub.Groups[1].Value));
            }
            else if (CoordinatorRoute().IsMatch(path))
            {
                request.Headers.Authorization = global::Hubs.Testing.TestAuth.Bearer(global::Hubs.Testing.TestAuth.Coordinator());
            }
        }

        return base.SendAsync(request, cancellationToken);
    }

    [GeneratedRegex("^/api/hubs/([a-z0-9-]+)/")]
    private static partial Regex HubRoute();

    [GeneratedRegex("^/api/(directory/(stats|network|resync|hubs/[a-z0-9-]+/(suspend|admit|membership))|practices/stats/)")]
    private static partial Regex CoordinatorRoute();
}
