using System.Globalization;

namespace Hubs.Benchmarks.Measurement;

/// <summary>A result table printed as Markdown, each measure beside its same-run baseline and the ratio of the two.</summary>
internal sealed class Report(string title)
{
    private readonly List<string[]> _rows = [];

    public static string Number(double value, string format = "F1") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A measure, its baseline and measure / baseline.</summary>
    public void Ratio(string measure, double value, string unit, string baselineName, double baseline, string format = "F1") =>
        _rows.Add([measure, $"{Number(value, format)} {unit}", $"{baselineName}: {Number(baseline, format)} {unit}", Number(value / baseline, "G3") + "×"]);

    /// <summary>A fact that has no baseline (counts, sizes).</summary>
    public void Note(string measure, string value) => _rows.Add([measure, value, "", ""]);

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine($"### {title}");
        Console.WriteLine();
        Console.WriteLine("| measure | result | baseline (same run) | ratio |");
        Console.WriteLine("| --- | --- | --- | --- |");
        foreach (var row in _rows)
        {
            Console.WriteLine($"| {string.Join(" | ", row)} |");
        }

        Console.WriteLine();
    }
}
