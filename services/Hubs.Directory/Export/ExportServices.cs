using Hubs.Directory.Registry;

namespace Hubs.Directory.Export;

/// <summary>What the export endpoint reads from, bound with [AsParameters].</summary>
public sealed record ExportServices(IHubRegistry Hubs, IConsultationOffers Offers, TimeProvider Clock);
