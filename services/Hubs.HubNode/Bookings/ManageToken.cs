using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Hubs.HubNode.Bookings;

/// <summary>
/// The secret that lets a business read, cancel or move its booking without an account: 32 random bytes, base64url.
/// Only its SHA-256 is stored, so a leaked database cannot be used to manage bookings.
/// </summary>
public static class ManageToken
{
    public const string Header = "X-Manage-Token";
    public const string Query = "token";
    private const int Bytes = 32;

    // A real token is 43 characters; anything much longer is not worth hashing.
    private const int MaxLength = 128;

    public static (string Token, byte[] Hash) New()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));
        return (token, Hash(token));
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>Whether <paramref name="presented"/> is the token whose hash is stored; the comparison takes the same time wherever they differ.</summary>
    public static bool Matches(string? presented, IReadOnlyList<byte> storedHash)
    {
        if (string.IsNullOrEmpty(presented) || presented.Length > MaxLength)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Hash(presented), [.. storedHash]);
    }
}
