namespace Hubs.Directory.Tests.Infrastructure;

/// <summary>The real clock until a test freezes it at a time of its choosing (for rankings that depend on "now").</summary>
public sealed class ControlledClock : TimeProvider
{
    private DateTimeOffset? _frozen;

    public void Freeze(DateTimeOffset at) => _frozen = at;

    public override DateTimeOffset GetUtcNow() => _frozen ?? System.GetUtcNow();
}
