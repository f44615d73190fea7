using System.Text.Json;
using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.Directory.Referrals;

public static class ReferralsApi
{
    public static IEndpointRouteBuilder MapReferralsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/directory/referrals").WithTags("Referrals");

        group.MapPost("/", Refer)
            .WithName("Refer")
            .WithSummary("The hubs best suited to a business's need, ranked, each with its score broken down, its best experts and an explanation in Italian and English.")
            .Accepts<ReferralInput>("application/json")
            .RequireAuthorization(Policies.Public);

        return app;
    }

    public static async Task<Results<Ok<ReferralResult>, ValidationProblem, ProblemHttpResult>> Refer(
        [AsParameters] ReferralServices services, CancellationToken cancellationToken)
    {
        if (!services.Http.Request.HasJsonContentType())
        {
            return TypedResults.Problem(
                title: "Unsupported media type",
                detail: "Send the referral request as application/json.",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        ReferralInput? input;
        try
        {
            input = await services.Http.Request.ReadFromJsonAsync<ReferralInput>(services.Json.Value.SerializerOptions, cancellationToken);
        }
        catch (InvalidOperationException)
        {
            // A charset .NET cannot decode: the media type, not the content, is what the client must change.
            return TypedResults.Problem(
                title: "Unsupported media type",
                detail: "Send the referral request as application/json in UTF-8.",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        catch (JsonException ex)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [FieldOf(ex.Path)] = ["The request body is not valid JSON for a referral request (malformed, or a value of the wrong type)."],
            });
        }

        if (input is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["A JSON object describing the need is required."] });
        }

        var (result, errors) = await services.Desk.ReferAsync(input, cancellationToken);
        return result is null ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(result);
    }

    /// <summary>"$.topics[1]" → "topics[1]"; the document itself → "body".</summary>
    private static string FieldOf(string? jsonPath) => jsonPath switch
    {
        null or "$" or "" => "body",
        _ when jsonPath.StartsWith("$.", StringComparison.Ordinal) => jsonPath[2..],
        _ => jsonPath.TrimStart('$'),
    };
}
