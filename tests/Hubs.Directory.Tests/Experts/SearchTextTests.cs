using Hubs.Contracts.Taxonomy;
using Hubs.Directory.Experts;
using Hubs.Directory.Tests.Infrastructure;
using Hubs.ServiceDefaults.Search;

namespace Hubs.Directory.Tests.Experts;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Nicolò", "nicolo")]
    [InlineData("  PERCHÉ   Così\tè ", "perche cosi e")]
    [InlineData("Sicurezza informatica", "sicurezza informatica")]
    [InlineData("Ångström façade", "angstrom facade")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Folding_drops_case_accents_and_extra_space(string? text, string expected) =>
        Assert.Equal(expected, SearchText.Normalise(text));

    [Fact]
    public void A_query_splits_into_distinct_folded_terms() =>
        Assert.Equal(["nicolo", "sicurezza"], SearchText.Terms(" Nicolò  SICUREZZA nicolo "));

    [Fact]
    public void An_expert_is_found_by_name_title_bio_and_both_labels_of_each_competency()
    {
        var text = ExpertSearchText.For(Make.Published("lomazzo", Guid.NewGuid(), 1, name: "Nicolò", title: "Perito",
            bio: "Sostenibilità", competencies: [Topics.Cybersecurity.Code, "not-a-topic"]));

        Assert.Contains("nicolo", text, StringComparison.Ordinal);
        Assert.Contains("perito", text, StringComparison.Ordinal);
        Assert.Contains("sostenibilita", text, StringComparison.Ordinal);
        Assert.Contains("sicurezza informatica", text, StringComparison.Ordinal);
        Assert.Contains("cybersecurity", text, StringComparison.Ordinal);
    }
}
