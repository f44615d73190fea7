using System.ComponentModel.DataAnnotations;

namespace Hubs.Identity.SignIn;

/// <summary>How repeated wrong passwords are slowed down (section <c>Identity:SignIn</c>).</summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "Identity:SignIn";

    /// <summary>Wrong passwords for one account name before it must wait.</summary>
    [Range(1, 100)]
    public int FailuresPerAccount { get; set; } = 3;

    /// <summary>Wrong passwords from one address (any account names) before it must wait: a guesser trying many names.</summary>
    [Range(1, 1000)]
    public int FailuresPerAddress { get; set; } = 10;

    /// <summary>The first wait; each further failure doubles it, up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Failures older than this are forgotten.</summary>
    public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How many names and addresses are remembered at most; a flood of made-up names cannot exhaust memory.</summary>
    [Range(100, 10_000_000)]
    public int MaxEntries { get; set; } = 100_000;
}
