using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Mail;

/// <summary>Degraded while the SMTP server cannot be used: mail waits, bookings are still taken.</summary>
public sealed class MailHealthCheck(MailServerState state, IOptions<MailOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            return Task.FromResult(HealthCheckResult.Healthy("No mail server configured: this hub sends no mail."));
        }

        return Task.FromResult(state.Problem is { } problem
            ? HealthCheckResult.Degraded($"Mail server {o.Smtp.Host}:{o.Smtp.Port} not usable ({problem}); mail is queued and retried.")
            : HealthCheckResult.Healthy());
    }
}
