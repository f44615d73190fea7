using Hubs.EndToEnd.Tests.Browser;
using Microsoft.Playwright;

namespace Hubs.EndToEnd.Tests.Staff;

[Collection(StaffBrowserGroup.Name)]
public sealed class ExpertConflictTests(StaffFixture staff)
{
    [Fact]
    public async Task Two_staff_edit_one_expert_the_second_save_shows_the_colleagues_version_and_reapplies_over_it()
    {
        await using var first = await staff.OpenAsync("conflict-first", "staff.lomazzo");
        await using var second = await staff.OpenAsync("conflict-second", "staff.lomazzo");

        // A new expert, added through the form.
        var a = first.Page;
        await a.GotoAsync("/staff/lomazzo/experts/new");
        await a.GetByLabel("Nome e cognome").FillAsync("Giulia Conti (test)");
        await a.GetByLabel("Ruolo").FillAsync("Consulente e-commerce");
        await a.GetByLabel("Presentazione").FillAsync("Vendite online per piccoli negozi.");
        await a.GetByLabel("E-commerce e vendite online").CheckAsync(new() { Force = true });
        await a.GetByRole(AriaRole.Button, new() { Name = "Salva" }).ClickAsync();
        await Assertions.Expect(a.GetByRole(AriaRole.Status)).ToContainTextAsync("Salvato");
        var expertPage = new Uri(a.Url).AbsolutePath;
        await first.StepAsync("created");

        // Both open it; the colleague saves first.
        var b = second.Page;
        await b.GotoAsync(expertPage);
        await a.GotoAsync(expertPage);
        await b.GetByLabel("Ruolo").FillAsync("Responsabile e-commerce");
        await b.GetByRole(AriaRole.Button, new() { Name = "Salva" }).ClickAsync();
        await Assertions.Expect(b.GetByRole(AriaRole.Status)).ToContainTextAsync("Salvato");

        await a.GetByLabel("Presentazione").FillAsync("Aiuta i negozi a vendere online.");
        await a.GetByRole(AriaRole.Button, new() { Name = "Salva" }).ClickAsync();
        var conflict = a.Locator(".conflict");
        await Assertions.Expect(conflict).ToContainTextAsync("Qualcun altro ha modificato questo esperto");
        await Assertions.Expect(conflict).ToContainTextAsync("Responsabile e-commerce");
        // What this person typed is still in the form.
        await Assertions.Expect(a.GetByLabel("Presentazione")).ToHaveValueAsync("Aiuta i negozi a vendere online.");
        await first.StepAsync("conflict");

        await a.GetByLabel("Ruolo").FillAsync("Responsabile e-commerce");
        await a.GetByRole(AriaRole.Button, new() { Name = "Riapplica le mie modifiche" }).ClickAsync();
        await Assertions.Expect(a.GetByRole(AriaRole.Status)).ToContainTextAsync("Salvato");
        await Assertions.Expect(a.GetByLabel("Presentazione")).ToHaveValueAsync("Aiuta i negozi a vendere online.");
        await Assertions.Expect(a.GetByLabel("Ruolo")).ToHaveValueAsync("Responsabile e-commerce");
        await first.StepAsync("reapplied");
    }
}
