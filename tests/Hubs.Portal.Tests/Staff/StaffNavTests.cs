using Bunit;
using Hubs.Portal.Components.Staff;
using Hubs.Portal.Tests.Components;

namespace Hubs.Portal.Tests.Staff;

public sealed class StaffNavTests() : PortalContext("it-IT")
{
    [Fact]
    public void Every_tab_stays_within_the_hubs_own_pages_and_the_menu_says_which_hub()
    {
        var nav = Render<StaffNav>(p => p.Add(n => n.HubId, "ivrea"));

        Assert.Equal(["/staff/ivrea/today", "/staff/ivrea/experts", "/staff/ivrea/referrals", "/staff/ivrea/practices"], nav.FindAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Pagine del personale dell'hub di Ivrea", nav.Find("nav").GetAttribute("aria-label"));
    }
}
