namespace Hubs.Portal.Gateway;

/// <summary>What an API call gave: its value, or the problem it answered with (4xx). 429 and 5xx are thrown as <see cref="GatewayFailureException"/>.</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    public bool Succeeded => Problem is null;
}
