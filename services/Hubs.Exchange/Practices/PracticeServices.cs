namespace Hubs.Exchange.Practices;

/// <summary>What the practice read endpoints need, bound with [AsParameters].</summary>
public sealed record PracticeServices(IPracticeStore Practices);
