using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hubs.Identity.Provider;
using Hubs.ServiceDefaults.Security;
using Microsoft.Extensions.Options;

namespace Hubs.Identity.Accounts;

/// <summary>
/// The accounts read from <see cref="ProviderOptions.AccountsFile"/> at start. Passwords are kept only as HMACs under a
/// key made up at start and compared in constant time; a name that is not an account costs the same comparison, so
/// timing does not tell names apart. No slow password hash: the plain passwords sit beside it in the owner-only file
/// anyway, and guessing over the network is what <see cref="SignIn.SignInThrottle"/> slows down.
/// </summary>
public sealed class AccountBook
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly FrozenDictionary<string, Entry> _accounts;
    private readonly byte[] _decoy;

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
            a => new Entry(a with { Password = "" }, Mac(a.Password)),
            StringComparer.Ordinal);
        _decoy = Mac(Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)));
    }

    public int Count => _accounts.Count;

    /// <summary>The account (without its password) when the name and password match; null otherwise, whichever was wrong.</summary>
    public Account? Verify(string userName, string password)
    {
        var found = _accounts.TryGetValue(Normalize(userName), out var entry);
        var matches = CryptographicOperations.FixedTimeEquals(found ? entry!.Mac : _decoy, Mac(password));
        return found && matches ? entry!.Account : null;
    }

    /// <summary>The account signed in under this name, if it still exists (checked again at every token refresh).</summary>
    public Account? Find(string? userName) =>
        userName is not null && _accounts.TryGetValue(Normalize(userName), out var entry) ? entry.Account : null;

    public static string Normalize(string userName) => userName.Trim().ToLowerInvariant();

    private byte[] Mac(string password) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(password));

    private sealed record Entry(Account Account, byte[] Mac);
}
