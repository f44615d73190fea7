namespace Hubs.EndToEnd.Tests.Journey;

/// <summary>What a visitor reads on the pages, in each language, as the tests look for it.</summary>
public sealed record Texts(
    string HomeTitle, string EcommerceTopic, string Province, string FindHubs, string ResultsTitle, string ExplanationWord, string BookWith,
    string Company, string Vat, string Sector, string Size, string Need, string Email, string Consent, string Confirm, string Confirmed, string Ics,
    string SlotTaken, string NextWeek, string Reschedule, string ConfirmMove, string Moved, string Cancel, string YesCancel, string Cancelled, string InvalidLink)
{
    public static readonly Texts Italian = new(
        "Una consulenza gratuita per la tua impresa", "E-commerce e vendite online", "Provincia della tua impresa", "Trova gli hub",
        "Gli hub più adatti a te", "km", "^Prenota con", "Nome dell'impresa", "Partita IVA (facoltativa)", "Settore (sezione ATECO)", "Dimensione",
        "Di cosa hai bisogno, con parole tue", "E-mail per la conferma", "Ho letto l'informativa e acconsento al trattamento dei miei dati",
        "Conferma la prenotazione", "Prenotazione confermata", "Scarica l'invito (.ics)", "Questo orario è appena stato preso: scegline un altro.",
        "Settimana dopo →", "Sposta", "Conferma il nuovo orario", "L'appuntamento è stato spostato.", "Annulla l'appuntamento", "Sì, annulla",
        "Appuntamento annullato", "Questo link non è valido");

    public static readonly Texts English = new(
        "A free consultation for your business", "E-commerce and online sales", "Your business's province", "Find the hubs",
        "The hubs best suited to you", "km", "^Book with", "Company name", "VAT number, Partita IVA (optional)", "Sector (ATECO section)", "Size",
        "What you need, in your own words", "E-mail for the confirmation", "I have read the notice and consent to the processing of my data",
        "Confirm the booking", "Booking confirmed", "Download the invite (.ics)", "This time was just taken: pick another.",
        "Next week →", "Reschedule", "Confirm the new time", "The appointment has been moved.", "Cancel the appointment", "Yes, cancel",
        "Appointment cancelled", "This link is not valid");

    public static Texts For(string language) => language == "en" ? English : Italian;
}
