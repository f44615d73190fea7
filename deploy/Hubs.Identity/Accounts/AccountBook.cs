using System.Collections.Frozen;
using System.Text.Json;
using Hubs.Identity.Provider;
using Hubs.ServiceDefaults.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Hubs.Identity.Accounts;

/// <summary>
/// The accounts read from <see cref="ProviderOptions.AccountsFile"/> at start. Only password hashes are kept in memory;
/// a name that is not an account costs the same hash check as a wrong password, so timing does not tell them apart.
/// </summary>
public sealed class AccountBook
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly PasswordHasher<string> _hasher = new();
    private readonly FrozenDictionary<string, Entry> _accounts;
    private readonly string _decoy;

    public AccountBook(IOptions<ProviderOptions> options)
    {
        var path = options.Value.AccountsFile;
        var accounts = JsonSerializer.Deserialize<List<Account>>(File.ReadAllText(path), Json)
            ?? throw new InvalidOperationException($"{path} holds no accounts.");
        foreach (var account in accounts)
        {
            if (string.IsNullOrWhiteSpace(account.UserName) || string.IsNullOrEmpty(account.Password)
                || account.Role is not (HubsClaims.StaffRole or HubsClaims.CoordinatorRole)
                || (account.Role == HubsClaims.StaffRole) != !string.IsNullOrEmpty(account.Hub))
            {
                throw new InvalidOperationException(
                    $"{path}: every account needs userName, password, role 'staff' with a hub or 'coordinator' without one.");
            }
        }

        _accounts = accounts.ToFrozenDictionary(
            a => Normalize(a.UserName),
            a => new Entry(a with { Password = "" }, _hasher.HashPassword(a.UserName, a.Password)),
            StringComparer.Ordinal);
        _decoy = _hasher.HashPassword("", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
    }

    public int Count => _accounts.Count;

    /// <summary>The account (without its password) when the name and password match; null otherwise, whichever was wrong.</summary>
    public Account? Verify(string userName, string password)
    {
        var found = _accounts.TryGetValue(Normalize(userName), out var entry);
        var result = _hasher.VerifyHashedPassword(found ? entry!.Account.UserName : "", found ? entry!.Hash : _decoy, password);
        return found && result != PasswordVerificationResult.Failed ? entry!.Account : null;
    }

    /// <summary>The account signed in under this name, if it still exists (checked again at every token refresh).</summary>
    public Account? Find(string? userName) =>
        userName is not null && _accounts.TryGetValue(Normalize(userName), out var entry) ? entry.Account : null;

    public static string Normalize(string userName) => userName.Trim().ToLowerInvariant();

    private sealed record Entry(Account Account, string Hash);
}
