namespace Hubs.ServiceDefaults.Messaging;

/// <summary>Where a service counts the messages <see cref="HubEventAdmission{T}"/> refused (its own metric).</summary>
public interface IRefusedEvents
{
    void Record(string eventType, EventRefusal refusal);
}
