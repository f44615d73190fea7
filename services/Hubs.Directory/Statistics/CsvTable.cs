using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Hubs.Directory.Statistics;

/// <summary>A table as RFC 4180 CSV (comma, CRLF, quotes doubled, UTF-8 without a byte order mark).</summary>
public static class CsvTable
{
    public const string MediaType = "text/csv";

    private static readonly CsvConfiguration Rfc4180 = new(CultureInfo.InvariantCulture) { NewLine = "\r\n" };

    public static string Write(string[] header, IEnumerable<string[]> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, Rfc4180))
        {
            foreach (var row in rows.Prepend(header))
            {
                foreach (var field in row)
                {
                    // Spreadsheets run a cell that starts with = + - @ as a formula: such a value is quoted with a leading '.
                    csv.WriteField(field is [ '=' or '+' or '-' or '@', ..] ? "'" + field : field);
                }

                csv.NextRecord();
            }
        }

        return text.ToString();
    }
}
