using Hubs.HubNode.Availability;
using Hubs.HubNode.Bookings;
using Hubs.HubNode.Cases;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Mail;
using Hubs.HubNode.Outcomes;
using Hubs.HubNode.Practices;
using Hubs.HubNode.Referrals;
using Hubs.HubNode.Slots;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Consent;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Hubs;

public static class HubApi
{
    /// <summary>Everything under <c>/api/hubs/{hubId}</c>, guarded by <see cref="HubRouteFilter"/>.</summary>
    public static IEndpointRouteBuilder MapHubApi(this IEndpointRouteBuilder routes)
    {
        var hub = routes.MapGroup("/api/hubs/{hubId}")
            .AddEndpointFilter<HubRouteFilter>()
            .ProducesValidationProblem();

        hub.MapGet("/profile", GetProfile)
            .WithName("GetHubProfile")
            .WithSummary("The hub's public profile")
            .WithTags("Hub")
            .RequireAuthorization(Policies.Public);

        hub.MapConsent("/consent");

        hub.MapExpertsApi();
        hub.MapAvailabilityApi();
        hub.MapSlotsApi();
        hub.MapBookingsApi();
        hub.MapOutcomesApi();
        hub.MapCasesApi();
        hub.MapPracticesApi();
        hub.MapReferralsApi();
        hub.MapMailApi();
        return routes;
    }

    public static async Task<Ok<HubProfileResponse>> GetProfile(IHubProfileStore store, IOptions<HubOptions> options, CancellationToken cancellationToken)
    {
        var configured = HubProfile.From(options.Value);
        var stored = await store.GetAsync(configured.Id, cancellationToken);

        // Until the start-up announcement is stored the configured profile is the truth, at version 0.
        return TypedResults.Ok(stored is { } s && s.Profile.SameAs(configured)
            ? HubProfileResponse.From(s.Profile, s.Version)
            : HubProfileResponse.From(configured, 0));
    }
}
