using System.Globalization;
using System.Text;
using Dapper;
using Hubs.Directory.Experts;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.Directory.Storage.Sqlite;

/// <summary>
/// The WHERE clause of an expert search over <c>experts e</c>, <c>hubs h</c> and <c>expert_availability a</c>. Without
/// the facet filters (topic, hub, region, language) it selects what <see cref="FacetTally"/> groups and counts.
/// </summary>
internal static class ExpertFilterSql
{
    public static string Where(ExpertSearch search, DynamicParameters parameters, bool withFacetFilters)
    {
        // Retired experts are tombstones; a suspended hub's experts are hidden from everyone.
        var where = new StringBuilder("e.retired = 0 AND COALESCE(h.suspended, 0) = 0");
        if (search.Topics.Count > 0 && withFacetFilters)
        {
            where.Append(" AND (").Append(AnyElement("e.competencies", "topic", search.Topics, parameters)).Append(')');
        }

        if (search.HubId is not null && withFacetFilters)
        {
            where.Append(" AND e.hub_id = @hubId");
            parameters.Add("hubId", search.HubId);
        }

        if (search.Language is not null && withFacetFilters)
        {
            where.Append(" AND ").Append(AnyElement("e.languages", "language", [search.Language], parameters));
        }

        if (search.Region is not null && withFacetFilters)
        {
            where.Append(" AND h.province_code IN (SELECT value FROM json_each(@regionProvinces))");
            parameters.Add("regionProvinces", StoredValues.List(Regions.ProvincesOf(search.Region)));
        }

        if (search.ProvinceCode is not null)
        {
            where.Append(" AND h.province_code = @provinceCode");
            parameters.Add("provinceCode", search.ProvinceCode);
        }

        if (search.FreeBy is { } freeBy)
        {
            // Text comparison is time order: every instant is stored in the same fixed-width UTC format.
            where.Append(" AND a.next_free_brainstorming IS NOT NULL AND a.next_free_brainstorming <= @freeBy");
            parameters.Add("freeBy", StoredValues.Time(freeBy));
        }

        for (var i = 0; i < search.Terms.Count; i++)
        {
            // instr, not LIKE: a term holding % or _ is matched as written, with nothing to escape.
            where.Append(CultureInfo.InvariantCulture, $" AND instr(e.search_text, @term{i}) > 0");
            parameters.Add($"term{i}", search.Terms[i]);
        }

        return where.ToString();
    }

    /// <summary>
    /// Whether the JSON array of strings in <paramref name="column"/> holds one of <paramref name="values"/>. The quoted
    /// value is looked up as a substring, several times cheaper than json_each on every row; exact because the values
    /// (topic and language codes, validated) are letters, digits and dashes, which JSON stores unescaped.
    /// </summary>
    public static string AnyElement(string column, string name, IReadOnlyList<string> values, DynamicParameters parameters)
    {
        var tests = new List<string>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var parameter = string.Create(CultureInfo.InvariantCulture, $"{name}{i}");
            tests.Add($"instr({column}, @{parameter}) > 0");
            parameters.Add(parameter, $"\"{values[i]}\"");
        }

        return tests.Count == 0 ? "0" : string.Join(" OR ", tests);
    }
}
