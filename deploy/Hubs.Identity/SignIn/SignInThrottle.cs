using System.Collections.Concurrent;
using System.Net;
using Hubs.Identity.Accounts;
using Microsoft.Extensions.Options;

namespace Hubs.Identity.SignIn;

/// <summary>
/// Slows down password guessing, per account name and per client address. Names that are not accounts are counted
/// exactly like real ones, so the waits say nothing about which names exist. While a wait runs, even the right
/// password is refused (otherwise the wait would slow nobody). One process keeps the counts in memory: the provider
/// is a single process, and a restart forgetting them costs a guesser nothing it could not get by waiting.
/// </summary>
public sealed class SignInThrottle(IOptions<SignInThrottleOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>How long this attempt must wait before it may be checked; zero when it may be checked now.</summary>
    public TimeSpan WaitBefore(string userName, IPAddress? address)
    {
        var now = time.GetUtcNow();
        var wait = TimeSpan.Zero;
        foreach (var key in Keys(userName, address))
        {
            if (_failures.TryGetValue(key, out var failures) && failures.LockedUntil > now)
            {
                wait = failures.LockedUntil - now > wait ? failures.LockedUntil - now : wait;
            }
        }

        return wait;
    }

    public void Failed(string userName, IPAddress? address)
    {
        var now = time.GetUtcNow();
        var settings = options.Value;
        if (_failures.Count >= settings.MaxEntries)
        {
            Forget(now);
        }

        Record(AccountKey(userName), settings.FailuresPerAccount, now);
        if (address is not null)
        {
            Record(AddressKey(address), settings.FailuresPerAddress, now);
        }
    }

    /// <summary>The right password ends the account's count, not the address's: one known account must not reset a guesser's budget.</summary>
    public void Succeeded(string userName) => _failures.TryRemove(AccountKey(userName), out _);

    private void Record(string key, int allowed, DateTimeOffset now)
    {
        var settings = options.Value;
        _failures.AddOrUpdate(
            key,
            _ => Next(0, allowed, now),
            (_, previous) => Next(now - previous.Last > settings.ForgetAfter ? 0 : previous.Count, allowed, now));
    }

    private Failures Next(int previousCount, int allowed, DateTimeOffset now)
    {
        var settings = options.Value;
        var count = previousCount + 1;
        if (count < allowed)
        {
            return new Failures(count, now, now);
        }

        var doublings = Math.Min(count - allowed, 30);
        var delay = TimeSpan.FromTicks(Math.Min(settings.FirstDelay.Ticks * (1L << doublings), settings.MaxDelay.Ticks));
        return new Failures(count, now, now + delay);
    }

    private void Forget(DateTimeOffset now)
    {
        var forgetAfter = options.Value.ForgetAfter;
        foreach (var (key, failures) in _failures)
        {
            if (now - failures.Last > forgetAfter && failures.LockedUntil <= now)
            {
                _failures.TryRemove(key, out _);
            }
        }

        // Still full of recent entries (a flood): keep the memory bound rather than every count.
        if (_failures.Count >= options.Value.MaxEntries)
        {
            _failures.Clear();
        }
    }

    private static IEnumerable<string> Keys(string userName, IPAddress? address)
    {
        yield return AccountKey(userName);
        if (address is not null)
        {
            yield return AddressKey(address);
        }
    }

    private static string AccountKey(string userName) => "account:" + AccountBook.Normalize(userName);

    /// <summary>IPv4 by address; IPv6 by its /64, which one client usually holds whole.</summary>
    private static string AddressKey(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            address = new IPAddress(bytes);
        }

        return "address:" + address;
    }

    private sealed record Failures(int Count, DateTimeOffset Last, DateTimeOffset LockedUntil);
}
