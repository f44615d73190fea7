namespace Hubs.Directory.Referrals;

/// <summary>Who asks on the business's behalf, as sent.</summary>
public sealed class ReferrerInput
{
    /// <summary>One of <see cref="ReferrerKinds"/>.</summary>
    public string? Kind { get; set; }

    /// <summary>The organisation's name (a chamber of commerce, an association, a bank); not stored.</summary>
    public string? Name { get; set; }

    /// <summary>Required when <see cref="Kind"/> is <c>hub</c>: the referring hub, which is then not proposed.</summary>
    public string? HubId { get; set; }
}
