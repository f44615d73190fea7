using AngleSharp.Dom;
using Bunit;
using Hubs.Portal.Components.Shared;
using Hubs.Portal.Gateway;
using NodaTime;

namespace Hubs.Portal.Tests.Components;

public sealed class SlotPickerTests : PortalContext
{
    private static readonly Guid Expert = Guid.Parse("7d4f6a43-3a7e-4f1e-9a55-0d2c1f6b9e01");

    // Sunday 29 March 2026: Italy moves from UTC+1 to UTC+2 at 02:00 local time.
    private static readonly FreeSlot MorningAfterTheChange =
        new(Expert, "Giulia Bianchi", DateTimeOffset.Parse("2026-03-29T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse("2026-03-29T08:45:00Z", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Each_slot_reads_as_its_full_date_and_time_in_the_zone_shown_across_a_daylight_saving_change()
    {
        var picker = Render(DateTimeZoneProviders.Tzdb["Europe/Rome"]);

        var label = picker.Find("label[for^='slot-']");
        // 08:00 UTC is 10:00 in Rome after the change (11:00 would be the summer offset applied twice, 09:00 the winter one).
        Assert.Contains("domenica 29 marzo 2026, 10:00–10:45 (Europe/Rome)", label.TextContent, StringComparison.Ordinal);
        Assert.Contains("Giulia Bianchi", label.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", label.QuerySelector("[aria-hidden]")!.GetAttribute("aria-hidden"));
    }

    [Fact]
    public void The_same_slot_is_shown_in_the_business_zone_when_it_chose_another()
    {
        var picker = Render(DateTimeZoneProviders.Tzdb["America/New_York"]);

        // New York changed two weeks earlier: 08:00 UTC is 04:00 there.
        Assert.Contains("domenica 29 marzo 2026, 04:00–04:45 (America/New_York)", picker.Find("label[for^='slot-']").TextContent, StringComparison.Ordinal);
        Assert.Contains("America/New_York", picker.Find("#zone-note").TextContent, StringComparison.Ordinal);
        Assert.Equal("America/New_York", picker.Find("#tz option[selected]").GetAttribute("value"));
    }

    [Fact]
    public void A_slot_error_sits_under_the_slots_and_the_group_points_to_it()
    {
        var picker = Render(DateTimeZoneProviders.Tzdb["Europe/Rome"], error: "Questo orario è appena stato preso: scegline un altro.");

        Assert.Equal("slot-error", picker.Find("fieldset.slot-picker").GetAttribute("aria-describedby"));
        Assert.Equal("Questo orario è appena stato preso: scegline un altro.", picker.Find("#slot-error").TextContent);
    }

    [Fact]
    public void The_chosen_slot_stays_chosen_and_the_week_is_a_form_value()
    {
        var chosen = SlotChoice.Format(Expert, MorningAfterTheChange.Start);
        var picker = Render(DateTimeZoneProviders.Tzdb["Europe/Rome"], selected: chosen);

        IElement radio = picker.Find("input[type=radio][name=slot]");
        Assert.Equal(chosen, radio.GetAttribute("value"));
        Assert.True(radio.HasAttribute("checked"));
        Assert.Equal("2026-03-23", picker.Find("input[name=week]").GetAttribute("value"));
    }

    [Fact]
    public void A_week_shows_one_day_open_and_folds_the_others_with_their_count_the_chosen_slots_day_open()
    {
        var tuesday = MorningAfterTheChange with { Start = MorningAfterTheChange.Start.AddDays(2), End = MorningAfterTheChange.End.AddDays(2) };
        var tuesdayLater = tuesday with { Start = tuesday.Start.AddHours(1), End = tuesday.End.AddHours(1) };
        IReadOnlyList<FreeSlot> week = [MorningAfterTheChange, tuesday, tuesdayLater];

        var picker = Render(DateTimeZoneProviders.Tzdb["Europe/Rome"], slots: week);
        var days = picker.FindAll("details.slot-day");
        Assert.Equal(2, days.Count);
        Assert.True(days[0].HasAttribute("open"));
        Assert.False(days[1].HasAttribute("open"));
        Assert.Contains("martedì 31 marzo 2026", days[1].QuerySelector("summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2 orari liberi", days[1].QuerySelector("summary")!.TextContent, StringComparison.Ordinal);

        var chosen = SlotChoice.Format(Expert, tuesdayLater.Start);
        days = Render(DateTimeZoneProviders.Tzdb["Europe/Rome"], selected: chosen, slots: week).FindAll("details.slot-day");
        Assert.False(days[0].HasAttribute("open"));
        Assert.True(days[1].HasAttribute("open"));
    }

    private IRenderedComponent<SlotPicker> Render(DateTimeZone zone, string? error = null, string? selected = null, IReadOnlyList<FreeSlot>? slots = null) =>
        Render<SlotPicker>(parameters => parameters
            .Add(p => p.Slots, slots ?? [MorningAfterTheChange])
            .Add(p => p.WeekStart, new LocalDate(2026, 3, 23))
            .Add(p => p.Zone, zone)
            .Add(p => p.Error, error)
            .Add(p => p.Selected, selected));
}
