using Hubs.ServiceDefaults.Outbox;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Mail;

public static class MailRegistration
{
    /// <summary>Mail to businesses and staff (section <c>Mail</c>); the queue comes with the storage provider.</summary>
    public static IHostApplicationBuilder AddMail(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MailOptions>()
            .Bind(builder.Configuration.GetSection(MailOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsValidation>();
        services.AddSingleton<MailTemplates>();
        services.AddSingleton<MailComposer>();
        services.AddSingleton<MailLinks>();
        services.AddSingleton<BookingMail>();
        services.AddSingleton<ReferralMail>();
        services.AddSingleton<MailServerState>();
        services.AddKeyedSingleton<OutboxSignal>(MailSender.Signal);
        services.AddHealthChecks().AddCheck<MailHealthCheck>("mail");
        services.AddHostedService<MailSender>();
        return builder;
    }
}
