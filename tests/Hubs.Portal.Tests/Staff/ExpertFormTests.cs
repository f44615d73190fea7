using Hubs.Portal.Auth;
using Hubs.Portal.Components.Staff;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Hubs.Portal.Tests.Staff;

public sealed class ExpertFormTests
{
    [Fact]
    public void What_was_posted_is_kept_unknown_topics_are_dropped_and_each_missing_field_is_named()
    {
        var form = ExpertForm.Read(new FormCollection(new Dictionary<string, StringValues>
        {
            ["name"] = " Giulia Conti ",
            ["title"] = "",
            ["bio"] = "Vendite online.",
            ["competencies"] = new StringValues(["ecommerce", "<script>"]),
            ["version"] = "7",
        }));

        Assert.Equal("Giulia Conti", form.Name);
        Assert.Equal(["ecommerce"], form.Competencies);
        Assert.Equal(7, form.Version);
        Assert.Equal(["title", "languages"], form.Missing(key => key).Keys);
    }

    [Theory]
    [InlineData("/staff/lomazzo/today", "/staff/lomazzo/today")]
    [InlineData("//evil.example/x", SignInEndpoints.Start)]
    [InlineData("/\\evil.example", SignInEndpoints.Start)]
    [InlineData("https://evil.example/", SignInEndpoints.Start)]
    [InlineData(null, SignInEndpoints.Start)]
    public void After_signing_in_a_person_returns_only_to_a_page_of_this_site(string? asked, string expected) =>
        Assert.Equal(expected, SignInEndpoints.Local(asked));
}
