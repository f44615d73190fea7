using System.Net.Http.Headers;
using Hubs.ServiceDefaults.Security;

namespace Hubs.Testing.RequestFuzzing;

/// <summary>Who sends a generated request: real tokens signed with the run's key, and tokens that must be refused.</summary>
public enum FuzzCaller
{
    Anonymous,
    StaffOfTheHub,
    StaffOfAnotherHub,
    Coordinator,
    ExpiredStaff,
    NotYetValidStaff,
    WronglySignedStaff,
    UnknownRole,
    GarbageBearer,
    OtherScheme,
}

public static class FuzzCallers
{
    public static readonly FuzzCaller[] All = Enum.GetValues<FuzzCaller>();

    private static readonly AuthOptions Stranger = new() { SigningKey = TokenIssuer.NewSigningKey() };

    /// <summary>The Authorization header of <paramref name="caller"/> (null: none at all).</summary>
    public static AuthenticationHeaderValue? Header(FuzzCaller caller, string hubId, string otherHubId) => caller switch
    {
        FuzzCaller.Anonymous => null,
        FuzzCaller.StaffOfTheHub => TestAuth.Bearer(TestAuth.Staff(hubId)),
        FuzzCaller.StaffOfAnotherHub => TestAuth.Bearer(TestAuth.Staff(otherHubId)),
        FuzzCaller.Coordinator => TestAuth.Bearer(TestAuth.Coordinator()),
        FuzzCaller.ExpiredStaff => TestAuth.Bearer(TokenIssuer.Mint(TestAuth.Options, "staff", hubId, TimeSpan.FromMinutes(5), DateTime.UtcNow.AddHours(-3))),
        FuzzCaller.NotYetValidStaff => TestAuth.Bearer(TokenIssuer.Mint(TestAuth.Options, "staff", hubId, TimeSpan.FromHours(1), DateTime.UtcNow.AddHours(2))),
        FuzzCaller.WronglySignedStaff => TestAuth.Bearer(TokenIssuer.Staff(Stranger, hubId)),
        FuzzCaller.UnknownRole => TestAuth.Bearer(TokenIssuer.Mint(TestAuth.Options, "janitor", hubId)),
        FuzzCaller.GarbageBearer => new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.eyJyb2xlIjoic3RhZmYifQ."),
        _ => new AuthenticationHeaderValue("Basic", "c3RhZmY6c3RhZmY="),
    };

    /// <summary>Whether the caller is let in by <paramref name="policy"/> (so most requests reach the handler).</summary>
    public static bool Admitted(string? policy, FuzzCaller caller) => (policy, caller) switch
    {
        (global::Hubs.ServiceDefaults.Policies.Public, FuzzCaller.Anonymous) => true,
        (global::Hubs.ServiceDefaults.Policies.HubStaff, FuzzCaller.StaffOfTheHub) => true,
        (global::Hubs.ServiceDefaults.Policies.AnyHubStaff, FuzzCaller.StaffOfTheHub or FuzzCaller.StaffOfAnotherHub) => true,
        (global::Hubs.ServiceDefaults.Policies.Coordinator, FuzzCaller.Coordinator) => true,
        (null, FuzzCaller.Anonymous) => true,
        _ => false,
    };

    public static string Name(FuzzCaller caller) => caller switch
    {
        FuzzCaller.StaffOfTheHub => "staff-of-the-hub",
        FuzzCaller.StaffOfAnotherHub => "staff-of-another-hub",
        FuzzCaller.ExpiredStaff => "expired-staff-token",
        FuzzCaller.NotYetValidStaff => "not-yet-valid-staff-token",
        FuzzCaller.WronglySignedStaff => "wrongly-signed-staff-token",
        FuzzCaller.UnknownRole => "unknown-role",
        FuzzCaller.GarbageBearer => "garbage-bearer",
        FuzzCaller.OtherScheme => "basic-auth",
        _ => caller.ToString().ToLowerInvariant(),
    };
}
