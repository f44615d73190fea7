using Microsoft.AspNetCore.Authentication;

namespace Hubs.Portal.Auth;

/// <summary>
/// Calls the pages make for a signed-in person carry that person's access token, so the gateway and the services decide
/// what they may do, exactly as for any other client. The portal holds no power of its own.
/// </summary>
public sealed class UserAccessToken(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (accessor.HttpContext is { } http && await http.GetTokenAsync(TokenRefresh.AccessToken) is { Length: > 0 } token)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
