using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Hubs.Identity.Provider;

/// <summary>
/// The RSA keys that sign tokens (published in the discovery document's JWKS) and encrypt what only the provider reads
/// (authorization codes, refresh tokens). Kept as PEM files, owner-only, so tokens survive a restart of the provider.
/// </summary>
public static class ProviderKeys
{
    public static RsaSecurityKey LoadOrCreate(string directory, string name)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".pem");
        var rsa = RSA.Create();
        if (File.Exists(path))
        {
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            rsa.KeySize = 2048;
            File.WriteAllText(path, rsa.ExportPkcs8PrivateKeyPem());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }
}
