using Hubs.Directory.Experts;
using Hubs.Directory.Storage.Sqlite;

namespace Hubs.Directory.Storage.ReadModel;

/// <summary>A listed (not retired) expert in memory: the record a search returns and what it filters and orders by.</summary>
internal sealed class ListedExpert
{
    public required ExpertRecord Record { get; init; }

    public required ExpertKey Key { get; init; }

    /// <summary>The stored <c>sort_name</c>, the first ordering key.</summary>
    public required string SortName { get; init; }

    /// <summary>The stored <c>search_text</c> the terms are looked up in.</summary>
    public required string SearchText { get; init; }

    /// <summary>Competency and language codes (<see cref="FacetCodes"/>) without repeats: a facet counts an expert once per code.</summary>
    public required int[] Topics { get; init; }

    public required int[] Languages { get; init; }

    public required int HubCode { get; init; }

    /// <summary>
    /// The distinct words of <see cref="SearchText"/> (<see cref="FacetCodes"/> of the model's word list). A term holds
    /// no white space and the text's words are split at single spaces, so a term is in the text exactly when it is in one
    /// of its words: a search tests each distinct word of the directory once, then the experts by code.
    /// </summary>
    public required int[] Words { get; init; }

    public long? NextFreeBrainstormingTicks { get; init; }

    public string HubId => Key.HubId;

    public static ListedExpert From(ExpertRow row, FacetCodes codes, FacetCodes words)
    {
        var record = row.ToRecord();
        return new ListedExpert
        {
            Record = record,
            Key = new ExpertKey(row.HubId, row.ExpertId),
            SortName = row.SortName ?? "",
            SearchText = row.SearchText ?? "",
            Topics = [.. record.Competencies.Distinct(StringComparer.Ordinal).Select(codes.Add)],
            Languages = [.. record.Languages.Distinct(StringComparer.Ordinal).Select(codes.Add)],
            HubCode = codes.Add(row.HubId),
            Words = [.. (row.SearchText ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).Select(words.Add)],
            NextFreeBrainstormingTicks = record.Availability?.NextFreeBrainstorming?.UtcTicks,
        };
    }
}
