using System.Net.Http.Headers;
using Hubs.ServiceDefaults.Security;

namespace Hubs.Testing;

/// <summary>One signing key per test run, and real tokens signed with it (shared by every test project).</summary>
public static class TestAuth
{
    public static AuthOptions Options { get; } = new() { SigningKey = TokenIssuer.NewSigningKey() };

    public static string Key => Options.SigningKey!;

    public static string Staff(string hubId) => TokenIssuer.Staff(Options, hubId);

    public static string Coordinator() => TokenIssuer.Coordinator(Options);

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);
}
