namespace Hubs.HubNode.Mail;

/// <summary>What the sender last found of the SMTP server, for <c>/health</c>.</summary>
public sealed class MailServerState
{
    private volatile string? _problem;

    /// <summary>Why the server was not usable at the last try; null when it was (or was not tried yet).</summary>
    public string? Problem => _problem;

    public void Usable() => _problem = null;

    public void Unusable(string reason) => _problem = reason;
}
