using System.Security.Cryptography;
using System.Text;

namespace Hubs.Directory.Export;

/// <summary>
/// HSDS wants UUIDs; ours are slugs and codes. Each exported object gets a name-based UUID (RFC 9562 version 8 built
/// from SHA-256, its appendix B.2), so the same hub or topic has the same id in every export, on every directory.
/// </summary>
public static class HsdsIds
{
    /// <summary>The network's namespace: changing it would change every exported id.</summary>
    public static readonly Guid Namespace = new("0f6c3a52-8d0e-4f55-9a1e-2b7d4c9e6a31");

    public static Guid Organization(string hubId) => For("organization", hubId);

    public static Guid Location(string hubId) => For("location", hubId);

    public static Guid Service(string hubId, string topic) => For("service", $"{hubId}/{topic}");

    public static Guid Taxonomy(string name) => For("taxonomy", name);

    public static Guid TaxonomyTerm(string topic) => For("taxonomy-term", topic);

    /// <summary>A name-based UUID for <paramref name="kind"/> and <paramref name="key"/> (e.g. "service", "lomazzo/ecommerce").</summary>
    public static Guid For(string kind, string key)
    {
        Span<byte> name = stackalloc byte[16];
        Namespace.TryWriteBytes(name, bigEndian: true, out _);
        var input = new byte[16 + Encoding.UTF8.GetByteCount(kind) + 1 + Encoding.UTF8.GetByteCount(key)];
        name.CopyTo(input);
        var written = 16 + Encoding.UTF8.GetBytes(kind, input.AsSpan(16));
        input[written++] = (byte)':';
        Encoding.UTF8.GetBytes(key, input.AsSpan(written));

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(bytes, bigEndian: true);
    }
}
