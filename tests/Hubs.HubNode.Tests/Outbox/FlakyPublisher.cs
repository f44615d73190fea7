using MassTransit;

namespace Hubs.HubNode.Tests.Outbox;

/// <summary>
/// A broker stand-in for the relay's own logic: fails the first <see cref="FailuresLeft"/> publishes, or hangs while
/// <see cref="Hang"/> is set, and records the rest in the order they arrived.
/// </summary>
public sealed class FlakyPublisher : IPublishEndpoint
{
    private readonly Lock _gate = new();
    private readonly List<object> _published = [];
    private int _failuresLeft;
    private int _calls;
    private int _inFlight;
    private int _mostInFlight;

    public int FailuresLeft
    {
        get => Volatile.Read(ref _failuresLeft);
        set => Volatile.Write(ref _failuresLeft, value);
    }

    public bool Hang { get; set; }

    /// <summary>The publish calls (1-based, counted over the publisher's life) that fail once each.</summary>
    public HashSet<int> FailingCalls { get; init; } = [];

    /// <summary>How long each publish waits before it is "confirmed": lets publishes overlap.</summary>
    public TimeSpan ConfirmDelay { get; init; }

    /// <summary>The most publishes that were waiting for their confirm at the same time.</summary>
    public int MostInFlight => Volatile.Read(ref _mostInFlight);

    public int Attempts { get; private set; }

    public IReadOnlyList<object> Published
    {
        get
        {
            lock (_gate)
            {
                return [.. _published];
            }
        }
    }

    public Task Publish(object message, Type messageType, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default) =>
        RecordAsync(message, cancellationToken);

    public Task Publish(object message, Type messageType, CancellationToken cancellationToken = default) => RecordAsync(message, cancellationToken);

    public Task Publish(object message, CancellationToken cancellationToken = default) => RecordAsync(message, cancellationToken);

    public Task Publish(object message, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default) =>
        RecordAsync(message, cancellationToken);

    public Task Publish<T>(T message, CancellationToken cancellationToken = default) where T : class => RecordAsync(message, cancellationToken);

    public Task Publish<T>(T message, IPipe<PublishContext<T>> publishPipe, CancellationToken cancellationToken = default) where T : class =>
        RecordAsync(message, cancellationToken);

    public Task Publish<T>(T message, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default) where T : class =>
        RecordAsync(message, cancellationToken);

    public Task Publish<T>(object values, CancellationToken cancellationToken = default) where T : class => throw new NotSupportedException();

    public Task Publish<T>(object values, IPipe<PublishContext<T>> publishPipe, CancellationToken cancellationToken = default) where T : class =>
        throw new NotSupportedException();

    public Task Publish<T>(object values, IPipe<PublishContext> publishPipe, CancellationToken cancellationToken = default) where T : class =>
        throw new NotSupportedException();

    public ConnectHandle ConnectPublishObserver(IPublishObserver observer) => throw new NotSupportedException();

    private async Task RecordAsync(object message, CancellationToken cancellationToken)
    {
        Attempts++;
        var call = Interlocked.Increment(ref _calls);
        if (Hang)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        // Issued (recorded) in call order, like publishes on one channel; confirmed later, all at about the same time.
        if (ConfirmDelay > TimeSpan.Zero)
        {
            lock (_gate)
            {
                _published.Add(message);
            }

            var inFlight = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _mostInFlight, inFlight);
            await Task.Delay(ConfirmDelay, cancellationToken);
            Interlocked.Decrement(ref _inFlight);
            return;
        }

        if (FailingCalls.Contains(call))
        {
            throw new InvalidOperationException($"Publish {call} not confirmed (simulated).");
        }

        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new InvalidOperationException("Broker unreachable (simulated).");
        }

        Interlocked.Exchange(ref _failuresLeft, 0);
        lock (_gate)
        {
            _published.Add(message);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var previous && previous != seen)
        {
            seen = previous;
        }
    }
}
