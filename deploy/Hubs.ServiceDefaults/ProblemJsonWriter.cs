using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Hubs.ServiceDefaults;

/// <summary>
/// Writes a problem as application/problem+json whatever the request's Accept header says. The framework's own writer
/// declines a client that accepts only, say, XML, and the status-code pages then answer in plain text; RFC 9457 JSON
/// is our one error format, so this writer, registered after it, takes what it declines.
/// </summary>
internal sealed class ProblemJsonWriter(IOptions<ProblemDetailsOptions> problems, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        var problem = context.ProblemDetails;
        var status = problem.Status ??= response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(status);
        problem.Type ??= status switch
        {
            >= 400 and < 500 => string.Create(CultureInfo.InvariantCulture, $"https://tools.ietf.org/html/rfc9110#section-15.5.{status - 399}"),
            >= 500 and < 600 => string.Create(CultureInfo.InvariantCulture, $"https://tools.ietf.org/html/rfc9110#section-15.6.{status - 499}"),
            _ => null,
        };
        problems.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(response.WriteAsJsonAsync(problem, problem.GetType(), json.Value.SerializerOptions, "application/problem+json", context.HttpContext.RequestAborted));
    }
}
