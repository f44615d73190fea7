using Hubs.ServiceDefaults.Consent;

namespace Hubs.Directory.Referrals;

/// <summary>
/// What a business agrees to when it accepts a referral: its intake is handed to the hub it chose. Served at
/// <see cref="Path"/>; <c>Consent:Version</c> and <c>Consent:Texts:*</c> replace the built-in text.
/// </summary>
public static class HandOverConsent
{
    public const string Path = "/api/directory/consent";

    public static readonly ConsentText BuiltIn = new(
        "referral-2026-01",
        "Acconsento a che i dati della mia impresa e la descrizione della mia esigenza siano trasmessi all'hub di innovazione "
        + "che ho scelto, perché mi contatti e mi proponga una consulenza. La directory della rete non conserva questi dati. "
        + "Titolare del trattamento è l'hub che li riceve; posso chiederne l'accesso, la rettifica o la cancellazione a quell'hub.",
        "I agree that my business's details and the description of my need are passed to the innovation hub I chose, so that "
        + "it can contact me and offer a consultation. The network's directory keeps none of these data. The hub that receives "
        + "them is their controller; I can ask that hub to access, correct or erase them.");
}
