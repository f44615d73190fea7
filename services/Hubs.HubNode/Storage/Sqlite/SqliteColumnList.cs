using System.Globalization;

namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>
/// A table's columns, named once: the select list, insert and update clauses follow from them, so a new column is one
/// name here (and its property on the row). Each column is read into, and written from, the row property of the same
/// name in Pascal case (<c>body_markdown</c> ↔ <c>BodyMarkdown</c>).
/// </summary>
public sealed class SqliteColumnList(params string[] columns)
{
    /// <summary><c>id AS Id, body_markdown AS BodyMarkdown, …</c></summary>
    public string Select { get; } = string.Join(", ", columns.Select(c => $"{c} AS {Property(c)}"));

    /// <summary><c>INSERT INTO table (…) VALUES (@…)</c>, for parameters named as the properties.</summary>
    public string InsertInto(string table) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "@" + Property(c)))})";

    /// <summary><c>name = @Name, …</c> for every column but <paramref name="unchanged"/>.</summary>
    public string Set(params string[] unchanged) =>
        string.Join(", ", columns.Except(unchanged, StringComparer.Ordinal).Select(c => $"{c} = @{Property(c)}"));

    private static string Property(string column) =>
        string.Concat(column.Split('_').Select(part => part[..1].ToUpper(CultureInfo.InvariantCulture) + part[1..]));
}
