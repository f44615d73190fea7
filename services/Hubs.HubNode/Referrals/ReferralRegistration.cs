namespace Hubs.HubNode.Referrals;

public static class ReferralRegistration
{
    /// <summary>Warm referrals and their settings (section <c>Referrals</c>); the store comes with the storage provider, the consumers with the hub's queue.</summary>
    public static IHostApplicationBuilder AddReferrals(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReferralOptions>()
            .Bind(builder.Configuration.GetSection(ReferralOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ReferralDesk>();
        builder.Services.AddHostedService<ReferralSettlement>();
        return builder;
    }
}
