using Hubs.ServiceDefaults.Consent;

namespace Hubs.HubNode.Intake;

/// <summary>
/// What a business agrees to when it books: the hub keeps and uses its intake for the consultation. Served at
/// <c>GET /api/hubs/{hubId}/consent</c>; <c>Consent:Version</c> and <c>Consent:Texts:*</c> replace the built-in text.
/// </summary>
public static class PrivacyConsent
{
    public static readonly ConsentText BuiltIn = new(
        "privacy-2026-01",
        "Acconsento al trattamento dei dati che ho inserito (impresa, contatto, esigenza) da parte dell'hub di innovazione "
        + "presso cui prenoto, per organizzare la consulenza, inviarmi conferme e inviti e registrarne l'esito. I dati restano "
        + "presso l'hub e non sono condivisi con la rete, se non in forma anonima e aggregata (settore, dimensione, provincia, "
        + "temi). Posso chiederne l'accesso, la rettifica o la cancellazione scrivendo all'hub.",
        "I agree that the innovation hub I book with processes the data I entered (business, contact, need) to arrange the "
        + "consultation, send me confirmations and invites and record its outcome. The data stay at the hub and are shared "
        + "with the network only anonymously and in aggregate (sector, size, province, topics). I can ask the hub to access, "
        + "correct or erase them.");

    public static string PathFor(string hubId) => $"/api/hubs/{hubId}/consent";
}
