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

    public int FailuresLeft
    {
        get => Volatile.Read(ref _failuresLeft);
        set => Volatile.Write(ref _failuresLeft, value);
    }

    public bool Hang { get; set; }

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
        if (Hang)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
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
}
