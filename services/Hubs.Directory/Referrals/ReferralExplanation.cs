using System.Globalization;
using System.Text;
using Hubs.Contracts.Taxonomy;
using Hubs.Directory.Statistics;

namespace Hubs.Directory.Referrals;

/// <summary>
/// Says in plain Italian and English why a hub was proposed, from the same facts as its score: how far it is, how many
/// experts it has on the topics asked (and which topics it lacks), its first free slot, the language, its recent load
/// and whether its data may be out of date. Dates are days in Italy, written out without culture data so the text is
/// the same on every machine.
/// </summary>
public static class ReferralExplanation
{
    private static readonly string[] DaysIt = ["domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"];
    private static readonly string[] MonthsIt =
        ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"];

    // Below this load-balance value the hub is told to be busy.
    private const double Busy = 0.5;

    public static Explanation For(ExplanationFacts facts) => new(Italian(facts), English(facts));

    private static string Italian(ExplanationFacts f)
    {
        var text = new StringBuilder();
        var km = Km(f.DistanceKm);
        text.Append(f.HubName).Append(km == 0 ? " è a meno di 1 km" : Invariant($" è a {km} km"))
            .Append(Invariant($", ha {f.MatchingExperts} {(f.MatchingExperts == 1 ? "esperto" : "esperti")} di "))
            .Append(List(f.CoveredTopics.Select(t => Label(Topics.Find(t)?.LabelIt ?? t)), "e"));
        text.Append(f.EarliestFreeSlot is { } slot ? $" e un primo slot libero {DateIt(slot)}." : " ma nessuno slot libero annunciato.");
        if (f.MissingTopics.Count > 0)
        {
            text.Append(" Nessun esperto per ").Append(List(f.MissingTopics.Select(t => Label(Topics.Find(t)?.LabelIt ?? t)), "e")).Append('.');
        }

        if (f.Language is { } language)
        {
            var name = LanguageNames.Italian(language);
            text.Append(f.LanguageValue switch
            {
                >= 1 => $" Almeno un esperto parla {name}.",
                > 0 => $" L'hub dichiara di lavorare in {name}, ma nessuno degli esperti indicati lo parla.",
                _ => $" Nessuno degli esperti indicati parla {name}.",
            });
        }

        if (f.LoadBalanceValue < Busy)
        {
            text.Append(" Ha già ricevuto molte richieste di recente.");
        }

        if (f.Stale)
        {
            text.Append(" Attenzione: l'hub non dà notizie da un po', i suoi dati potrebbero non essere aggiornati.");
        }

        return text.ToString();
    }

    private static string English(ExplanationFacts f)
    {
        var text = new StringBuilder();
        var km = Km(f.DistanceKm);
        text.Append(f.HubName).Append(km == 0 ? " is less than 1 km away" : Invariant($" is {km} km away"))
            .Append(Invariant($", has {f.MatchingExperts} {(f.MatchingExperts == 1 ? "expert" : "experts")} in "))
            .Append(List(f.CoveredTopics.Select(t => Label(Topics.Find(t)?.LabelEn ?? t)), "and"));
        text.Append(f.EarliestFreeSlot is { } slot ? $" and a first free slot on {DateEn(slot)}." : " but no free slot announced yet.");
        if (f.MissingTopics.Count > 0)
        {
            text.Append(" No expert for ").Append(List(f.MissingTopics.Select(t => Label(Topics.Find(t)?.LabelEn ?? t)), "and")).Append('.');
        }

        if (f.Language is { } language)
        {
            var name = LanguageNames.English(language);
            text.Append(f.LanguageValue switch
            {
                >= 1 => $" At least one expert speaks {name}.",
                > 0 => $" The hub works in {name}, but none of the experts listed speaks it.",
                _ => $" None of the experts listed speaks {name}.",
            });
        }

        if (f.LoadBalanceValue < Busy)
        {
            text.Append(" It has had many requests recently.");
        }

        if (f.Stale)
        {
            text.Append(" Note: the hub has not been heard from lately; its data may be out of date.");
        }

        return text.ToString();
    }

    private static long Km(double distanceKm) => (long)Math.Round(distanceKm, MidpointRounding.AwayFromZero);

    private static string DateIt(DateTimeOffset instant)
    {
        var day = NetworkCalendar.DateOf(instant);
        return Invariant($"{DaysIt[(int)day.DayOfWeek]} {day.Day} {MonthsIt[day.Month - 1]}");
    }

    private static string DateEn(DateTimeOffset instant)
    {
        var day = NetworkCalendar.DateOf(instant);
        return Invariant($"{day.DayOfWeek} {day.Day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(day.Month)}");
    }

    /// <summary>"a", "a e b", "a, b e c".</summary>
    private static string List(IEnumerable<string> items, string and)
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Concat(all) : $"{string.Join(", ", all[..^1])} {and} {all[^1]}";
    }

    /// <summary>A label mid-sentence: "Sicurezza informatica" → "sicurezza informatica", but "AI and data" and "E-commerce" stay.</summary>
    private static string Label(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && char.IsLower(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
