using System.Security.Claims;
using Bunit;
using Hubs.Portal.Components.Staff;
using Hubs.Portal.Tests.Components;
using Hubs.Portal.Tests.Security;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Hubs.Portal.Tests.Staff;

public sealed class WhosePagesTests() : PortalContext("en-GB")
{
    [Fact]
    public void Staff_of_another_hub_read_whose_pages_these_are_who_they_are_and_where_their_own_are()
    {
        var page = Render<WhosePages>(p => p.AddCascadingValue<HttpContext>(Refused("/staff/lomazzo/experts", PortalHost.Staff("ivrea"))));

        Assert.Contains("These are the pages of the staff of the Lomazzo hub.", page.Markup, StringComparison.Ordinal);
        Assert.Contains("You are signed in as staff of the Ivrea hub: you can see only your hub's pages.", page.Markup, StringComparison.Ordinal);
        Assert.Equal("/start", page.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void A_coordinator_reads_that_a_hubs_staff_pages_are_for_that_hubs_staff()
    {
        var page = Render<WhosePages>(p => p.AddCascadingValue<HttpContext>(Refused("/staff/novara/today", PortalHost.Coordinator())));

        Assert.Contains("the Novara hub", page.Markup, StringComparison.Ordinal);
        Assert.Contains("You are signed in as a network coordinator", page.Markup, StringComparison.Ordinal);
    }

    private static DefaultHttpContext Refused(string path, Claim[] claims)
    {
        var http = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test", "name", "role")) };
        http.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature { OriginalPath = path });
        return http;
    }
}
