using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hubs.ServiceDefaults.Security;

/// <summary>
/// Mints tokens with the local signing key: for development (deploy/Hubs.Tokens) and tests. Production tokens come
/// from the OpenID Connect provider named by <c>Auth:Authority</c>.
/// </summary>
public static class TokenIssuer
{
    public static string Staff(AuthOptions auth, string hubId, TimeSpan? lifetime = null) =>
        Mint(auth, HubsClaims.StaffRole, hubId, lifetime);

    public static string Coordinator(AuthOptions auth, TimeSpan? lifetime = null) =>
        Mint(auth, HubsClaims.CoordinatorRole, null, lifetime);

    public static string Mint(AuthOptions auth, string role, string? hubId, TimeSpan? lifetime = null, DateTime? notBefore = null)
    {
        var now = notBefore ?? DateTime.UtcNow;
        var claims = new List<Claim>
        {
            new(HubsClaims.Subject, hubId is null ? $"{role}@hubs" : $"{role}@{hubId}"),
            new(HubsClaims.Role, role),
        };
        if (hubId is not null)
        {
            claims.Add(new Claim(HubsClaims.Hub, hubId));
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = now,
            IssuedAt = now,
            Expires = now + (lifetime ?? TimeSpan.FromHours(8)),
            SigningCredentials = new SigningCredentials(SecurityRegistration.SigningKey(auth), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>A fresh random signing key (base64 of 32 bytes).</summary>
    public static string NewSigningKey() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
}
