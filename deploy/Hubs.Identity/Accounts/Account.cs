namespace Hubs.Identity.Accounts;

/// <summary>
/// A person who may sign in, as the app host writes it into .hubs/demo-accounts.json: staff of one hub
/// (<c>role=staff</c>, <c>hub</c>) or a coordinator (<c>role=coordinator</c>, no hub).
/// </summary>
public sealed record Account(string UserName, string Password, string Role, string? Hub, string DisplayName);
