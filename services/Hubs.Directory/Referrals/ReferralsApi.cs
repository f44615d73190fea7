using System.Text.Json;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Consent;
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

        group.MapPost("/{referralId:guid}/accept", Accept)
            .WithName("AcceptReferral")
            .WithSummary("The business accepts one ranked hub and consents: its intake is sent to that hub's own queue (202), never stored here.")
            .Accepts<AcceptanceInput>("application/json")
            .RequireAuthorization(Policies.Public);

        app.MapConsent(HandOverConsent.Path);

        group.MapGet("/{referralId:guid}/status", GetStatus)
            .WithName("GetAcceptedReferralStatus")
            .WithSummary("Where an accepted referral stands at its hub: sent, open, booked or closed.")
            .RequireAuthorization(Policies.Public);

        return app;
    }

    public static async Task<Results<Accepted<WarmReferralView>, ValidationProblem, ProblemHttpResult>> Accept(
        Guid referralId, [AsParameters] AcceptanceServices services, CancellationToken cancellationToken)
    {
        if (!services.Http.Request.HasJsonContentType())
        {
            return TypedResults.Problem(
                title: "Unsupported media type",
                detail: "Send the acceptance as application/json.",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        AcceptanceInput? input;
        try
        {
            input = await services.Http.Request.ReadFromJsonAsync<AcceptanceInput>(services.Json.Value.SerializerOptions, cancellationToken);
        }
        catch (InvalidOperationException)
        {
            return TypedResults.Problem(
                title: "Unsupported media type",
                detail: "Send the acceptance as application/json in UTF-8.",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        catch (JsonException ex)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [FieldOf(ex.Path)] = ["The request body is not valid JSON for an acceptance (malformed, or a value of the wrong type)."],
            });
        }

        if (input is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["A JSON object with the hub, the consent and the intake is required."] });
        }

        try
        {
            var (referral, errors, problem) = await services.Desk.AcceptAsync(referralId, input, cancellationToken);
            if (referral is not null)
            {
                return TypedResults.Accepted($"/api/directory/referrals/{referralId}/status", WarmReferralView.From(referral));
            }

            return problem is not null ? problem.ToResult() : TypedResults.ValidationProblem(errors);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not JsonException)
        {
            services.Logger.LogWarning(ex, "Could not forward accepted referral {ReferralId}", referralId);
            return TypedResults.Problem(
                title: "Broker unavailable",
                detail: "The referral could not be handed to the message broker; send the acceptance again shortly.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    public static async Task<Results<Ok<WarmReferralView>, ProblemHttpResult>> GetStatus(
        Guid referralId, WarmReferralDesk desk, CancellationToken cancellationToken) =>
        await desk.GetAsync(referralId, cancellationToken) is { Origin: WarmReferralOrigins.Directory } referral
            ? TypedResults.Ok(WarmReferralView.From(referral))
            : TypedResults.Problem(
                title: "Referral not accepted",
                detail: $"No accepted referral {referralId}.",
                statusCode: StatusCodes.Status404NotFound);

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
