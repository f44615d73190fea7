namespace Hubs.ServiceDefaults.Consent;

/// <summary>The body of <c>GET …/consent</c>: the version to send back with the consent, and the text by language.</summary>
public sealed record ConsentResponse(string Version, IReadOnlyDictionary<string, string> Texts);
