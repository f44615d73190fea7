using Hubs.Directory.Registry;

namespace Hubs.Directory.Experts;

/// <summary>What the expert endpoints read from.</summary>
public sealed record ExpertServices(IExpertDirectory Experts, IHubRegistry Hubs, HubLiveness Liveness, TimeProvider Clock);
