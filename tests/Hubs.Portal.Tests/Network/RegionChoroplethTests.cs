using Bunit;
using Hubs.Portal.Components.Network;

namespace Hubs.Portal.Tests.Network;

public sealed class RegionChoroplethTests() : Components.PortalContext("it-IT")
{
    [Fact]
    public void Every_region_is_drawn_shaded_by_its_count_and_the_key_names_the_counts_each_shade_holds()
    {
        var map = Render<RegionChoropleth>(p => p.Add(c => c.Counts, new Dictionary<string, long> { ["Piemonte"] = 4, ["Lombardia"] = 1 }));

        var regions = map.FindAll("path");
        Assert.Equal(20, regions.Count);
        string Shade(string region) => regions.Single(r => r.TextContent.StartsWith(region + ":", StringComparison.Ordinal)).GetAttribute("class")!;
        Assert.Equal("region-5", Shade("Piemonte"));
        Assert.Equal("region-2", Shade("Lombardia"));
        Assert.Equal("region-0", Shade("Molise"));
        Assert.Equal("true", map.Find("svg").GetAttribute("aria-hidden"));

        // With at most 4, the first blue would hold no whole count: it is left out of the key.
        Assert.Equal(["0", "1", "2", "3", "4"], map.FindAll(".choropleth-key .me-2").Select(k => k.TextContent));
        Assert.Equal(["region-0", "region-2", "region-3", "region-4", "region-5"],
            map.FindAll(".choropleth-key .key-swatch").Select(s => s.GetAttribute("class")!.Split(' ')[1]));
    }

    [Fact]
    public void No_demand_anywhere_is_one_grey_map()
    {
        var map = Render<RegionChoropleth>(p => p.Add(c => c.Counts, new Dictionary<string, long>()));

        Assert.All(map.FindAll("path"), r => Assert.Equal("region-0", r.GetAttribute("class")));
        Assert.Equal(["0"], map.FindAll(".choropleth-key .me-2").Select(k => k.TextContent));
    }
}
