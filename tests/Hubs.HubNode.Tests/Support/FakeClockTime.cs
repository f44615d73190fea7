using NodaTime;
using NodaTime.Testing;

namespace Hubs.HubNode.Tests.Support;

/// <summary>The node's one clock (a <see cref="TimeProvider"/>) reading a NodaTime <see cref="FakeClock"/> the test moves.</summary>
public sealed class FakeClockTime(FakeClock clock) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => clock.GetCurrentInstant().ToDateTimeOffset();
}
