namespace Hubs.ServiceDefaults.Consent;

/// <summary>A built-in consent text, used when the configuration names none.</summary>
public sealed record ConsentText(string Version, string Italian, string English);
