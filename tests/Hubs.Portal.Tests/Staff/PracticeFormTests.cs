using Hubs.Portal.Components.Staff;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Hubs.Portal.Tests.Staff;

public sealed class PracticeFormTests
{
    [Fact]
    public void What_was_posted_is_kept_as_typed_links_are_one_a_line_and_each_missing_field_is_named()
    {
        var form = PracticeForm.Read(new FormCollection(new Dictionary<string, StringValues>
        {
            ["title"] = " Vetrine online ",
            ["summary"] = "",
            ["bodyMarkdown"] = "    codice indentato\n\n- punto  \n\n",
            ["topics"] = new StringValues(["ecommerce", "<script>"]),
            ["links"] = "https://example.org/a\r\n\r\n  https://example.org/b  ",
            ["language"] = "xx",
            ["grantCallReference"] = "",
            ["version"] = "3",
        }));

        Assert.Equal("Vetrine online", form.Title);
        // Markdown's leading indentation is meaningful: kept.
        Assert.Equal("    codice indentato\n\n- punto", form.BodyMarkdown);
        Assert.Equal(["ecommerce"], form.Topics);
        Assert.Equal(["https://example.org/a", "https://example.org/b"], form.LinkList);
        Assert.Equal("it", form.Language);
        Assert.Equal(3, form.Version);
        Assert.Null(form.Content.GrantCallReference);
        Assert.Equal(["summary"], form.Missing(key => key).Keys);
        Assert.Equal(["title", "summary", "bodyMarkdown", "topics"], PracticeForm.Empty.Missing(key => key).Keys);
    }
}
