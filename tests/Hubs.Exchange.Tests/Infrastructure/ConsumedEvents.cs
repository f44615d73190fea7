using System.Collections.Concurrent;
using Hubs.Contracts.Events;
using MassTransit;

namespace Hubs.Exchange.Tests.Infrastructure;

/// <summary>
/// Tells a test when a consumer has finished with a given event, whatever it did with it. The harness's own
/// <c>Consumed.Any</c> gives up once the bus has been idle for a moment, which a shared test host often is.
/// </summary>
public sealed class ConsumedEvents : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _events = new();

    public async Task WaitAsync(Guid eventId, TimeSpan? timeout = null)
    {
        try
        {
            await Entry(eventId).Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(15));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Event {eventId} was not consumed.");
        }
    }

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (IdOf(context) is { } id)
        {
            Entry(id).TrySetResult();
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class
    {
        if (IdOf(context) is { } id)
        {
            Entry(id).TrySetException(exception);
        }

        return Task.CompletedTask;
    }

    // A hub event by its event id; anything else (a membership decision) by the message id it was published with.
    private static Guid? IdOf<T>(ConsumeContext<T> context) where T : class =>
        context.Message is IHubEvent e ? e.EventId : context.MessageId;

    private TaskCompletionSource Entry(Guid eventId) =>
        _events.GetOrAdd(eventId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
