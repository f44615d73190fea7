using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Mail;

/// <summary>What data annotations cannot say: a configured server needs a sender, and reminders must lie before the meeting.</summary>
public sealed class MailOptionsValidation : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        var failures = new List<string>();
        if (options.Enabled && string.IsNullOrWhiteSpace(options.FromAddress))
        {
            failures.Add("Mail:FromAddress is required when Mail:Smtp:Host is set (the hub's sender address, e.g. prenotazioni@hub.example.org).");
        }

        if (options.Reminders.Any(r => r <= TimeSpan.Zero || r > TimeSpan.FromDays(30)))
        {
            failures.Add("Mail:Reminders must be times before the meeting between 00:00:01 and 30.00:00:00 (e.g. 1.00:00:00 and 01:00:00).");
        }

        if (!Intake.MailLanguages.All.Contains(options.StaffLanguage))
        {
            failures.Add($"Mail:StaffLanguage must be one of {string.Join(", ", Intake.MailLanguages.All)}.");
        }

        if (options.Smtp.UserName is not null && options.Smtp.Password is null)
        {
            failures.Add("Mail:Smtp:Password is required with Mail:Smtp:UserName.");
        }

        if (options.PollInterval <= TimeSpan.Zero || options.FirstBackoff <= TimeSpan.Zero || options.MaxBackoff < options.FirstBackoff || options.Smtp.Timeout <= TimeSpan.Zero)
        {
            failures.Add("Mail:PollInterval, Mail:FirstBackoff and Mail:Smtp:Timeout must be positive, Mail:MaxBackoff at least Mail:FirstBackoff.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
