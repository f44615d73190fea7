using System.Globalization;
using Xunit.Abstractions;

namespace Hubs.ReliabilityTests.Support;

/// <summary>
/// A scenario's figures on one line, <c>RELIABILITY name: key=value, …</c>, in the test's output and on stdout, so they
/// show up in a CI log as well as in the test report.
/// </summary>
internal static class ReliabilityReport
{
    public static string Print(ITestOutputHelper output, string scenario, params (string Name, object Value)[] figures)
    {
        var line = $"RELIABILITY {scenario}: " + string.Join(", ", figures.Select(f => $"{f.Name}={Format(f.Value)}"));
        output.WriteLine(line);
        Console.WriteLine(line);
        return line;
    }

    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + "s";

    private static string Format(object value) => value switch
    {
        TimeSpan t => Seconds(t),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
