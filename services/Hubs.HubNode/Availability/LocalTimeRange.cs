using NodaTime;

namespace Hubs.HubNode.Availability;

/// <summary>
/// Wall-clock hours within one local date, in minutes after midnight: [<see cref="StartMinute"/>, <see cref="EndMinute"/>).
/// An end of 1440 is "24:00", the end of the day, so an evening opening can close at midnight.
/// </summary>
public readonly record struct LocalTimeRange
{
    public const int MinutesPerDay = 24 * 60;

    public LocalTimeRange(int startMinute, int endMinute)
    {
        if (startMinute < 0 || endMinute > MinutesPerDay || endMinute <= startMinute)
        {
            throw new ArgumentOutOfRangeException(nameof(endMinute), $"[{startMinute}, {endMinute}) is not a range within one day.");
        }

        StartMinute = startMinute;
        EndMinute = endMinute;
    }

    public int StartMinute { get; }

    public int EndMinute { get; }

    public bool Overlaps(LocalTimeRange other) => StartMinute < other.EndMinute && other.StartMinute < EndMinute;

    /// <summary>The wall-clock time this range starts on <paramref name="date"/>.</summary>
    public LocalDateTime StartOn(LocalDate date) => date.AtMidnight().PlusMinutes(StartMinute);

    /// <summary>The wall-clock time this range ends on <paramref name="date"/> (the next midnight for 24:00).</summary>
    public LocalDateTime EndOn(LocalDate date) => date.AtMidnight().PlusMinutes(EndMinute);

    /// <summary>What is left of this range once <paramref name="off"/> is taken out: none, one or two pieces.</summary>
    public IEnumerable<LocalTimeRange> Without(LocalTimeRange off)
    {
        if (!Overlaps(off))
        {
            yield return this;
            yield break;
        }

        if (StartMinute < off.StartMinute)
        {
            yield return new LocalTimeRange(StartMinute, off.StartMinute);
        }

        if (off.EndMinute < EndMinute)
        {
            yield return new LocalTimeRange(off.EndMinute, EndMinute);
        }
    }

    public override string ToString() => $"{AvailabilityText.Time(StartMinute)}–{AvailabilityText.Time(EndMinute)}";
}
