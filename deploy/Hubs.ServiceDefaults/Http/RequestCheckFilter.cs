using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Hubs.ServiceDefaults.Http;

/// <summary>
/// Answers the problem of the first <see cref="IRequestCheck"/> argument that failed, in parameter order, so handlers
/// only ever see valid requests. Added by the checked parameter types themselves (see <see cref="AddTo"/>).
/// </summary>
public sealed class RequestCheckFilter : IEndpointFilter
{
    private static readonly RequestCheckFilter Instance = new();

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var argument in context.Arguments)
        {
            if (argument is IRequestCheck { Problem: { } problem })
            {
                return ValueTask.FromResult<object?>(problem);
            }
        }

        return next(context);
    }

    /// <summary>Adds the filter to the endpoint once, however many checked parameters it has.</summary>
    public static void AddTo(EndpointBuilder builder)
    {
        if (builder.Metadata.OfType<RequestCheckFilter>().Any())
        {
            return;
        }

        builder.Metadata.Add(Instance);
        builder.FilterFactories.Add((_, next) => invocation => Instance.InvokeAsync(invocation, next));
    }
}
