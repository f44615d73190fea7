namespace Hubs.Directory.Export;

/// <summary>Store port: the consultation topics each hub offers, aggregated from its active experts.</summary>
public interface IConsultationOffers
{
    Task<OfferCatalog> ReadAsync(CancellationToken cancellationToken = default);
}
