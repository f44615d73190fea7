using Bunit;
using Hubs.Portal.Components.Layout;
using Hubs.Portal.Tests.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Portal.Tests.Staff;

public sealed class SessionExpiredNoticeTests() : PortalContext("en-GB")
{
    [Fact]
    public void Back_from_signing_in_after_an_ended_session_the_page_says_what_to_redo_and_only_then()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();

        navigation.NavigateTo("/staff/lomazzo/practices/new");
        Assert.Empty(Render<SessionExpiredNotice>().FindAll(".session-expired"));

        navigation.NavigateTo("/staff/lomazzo/practices/new?session=expired");
        var notice = Render<SessionExpiredNotice>().Find(".session-expired");
        Assert.Equal("alert", notice.GetAttribute("role"));
        Assert.Contains("Your session had ended: what you had typed was not saved.", notice.TextContent, StringComparison.Ordinal);
        Assert.Contains("Enter the details in the form below once more", notice.TextContent, StringComparison.Ordinal);
    }
}
