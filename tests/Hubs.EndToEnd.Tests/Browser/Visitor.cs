using System.Collections.Concurrent;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Hubs.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Hubs.EndToEnd.Tests.Browser;

/// <summary>
/// One browser tab of one visitor. It remembers every request to a host other than the gateway, counts
/// the bytes each page costs, and at each step scans the page with axe (WCAG 2.1 A and AA) and keeps a screenshot
/// under TestResults/portal/. With JavaScript off, axe (itself a script) scans the very HTML the server sent in a
/// second, script-enabled tab of the same visitor with the same viewport and the same stylesheets.
/// </summary>
public sealed class Visitor : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private IPage? _scanner;
    private IResponse? _document;
    private readonly string _folder;
    private readonly ConcurrentQueue<string> _foreign = new();
    private readonly ConcurrentQueue<IRequest> _finished = new();
    private int _step;

    private Visitor(IBrowserContext context, IPage page, string folder)
    {
        _context = context;
        Page = page;
        _folder = folder;
    }

    public IPage Page { get; }

    /// <summary>Every request the pages made to another host: must stay empty.</summary>
    public IReadOnlyCollection<string> ForeignRequests => _foreign;

    /// <summary>What each step cost: the page's name, the bytes on the wire (compressed bodies and headers).</summary>
    public List<(string Step, long Bytes)> Traffic { get; } = [];

    /// <param name="signIn">The identity provider's origin, where staff sign in: the one other host a visitor may reach.</param>
    public static async Task<Visitor> OpenAsync(IBrowserContext context, Uri gateway, string test, IBrowserContext? scanner = null, Uri? signIn = null)
    {
        var folder = Path.Combine(Repository.Root, "TestResults", "portal", test);
        Directory.CreateDirectory(folder);
        var page = await context.NewPageAsync();
        var visitor = new Visitor(context, page, folder);
        // Watched, not intercepted: routing would switch the browser's cache off, and the next page's bytes are what a
        // returning visitor pays with the stylesheet and fonts cached. The browser resolves no host name but the
        // loopback's (PortalFixture), so a request elsewhere fails as well as being recorded here.
        context.Request += (_, request) =>
        {
            var url = new Uri(request.Url);
            if (url.Scheme is "http" or "https" && (url.Host != gateway.Host || url.Port != gateway.Port)
                && !(signIn is not null && url.Host == signIn.Host && url.Port == signIn.Port))
            {
                visitor._foreign.Enqueue(request.Url);
            }
        };
        page.RequestFinished += (_, request) => visitor._finished.Enqueue(request);
        page.Response += (_, response) =>
        {
            if (response.Request.IsNavigationRequest && response.Frame == page.MainFrame)
            {
                visitor._document = response;
            }
        };
        if (scanner is not null)
        {
            visitor._scanner = await scanner.NewPageAsync();
        }

        return visitor;
    }

    /// <summary>Opens <paramref name="path"/> and waits until the network is idle: the bytes that cost since the last call or step.</summary>
    public async Task<long> LoadAsync(string path)
    {
        await Page.GotoAsync(path);
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return await DrainAsync();
    }

    private async Task<long> DrainAsync()
    {
        long bytes = 0;
        while (_finished.TryDequeue(out var request))
        {
            // A response from the browser's cache costs nothing on the wire (its sizes are 0).
            var sizes = await request.SizesAsync();
            bytes += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
        }

        return bytes;
    }

    /// <summary>Scans the page as it is now, keeps its screenshot and the bytes spent since the last step; fails on any violation.</summary>
    public async Task StepAsync(string name)
    {
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        _step++;
        Traffic.Add((name, await DrainAsync()));
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_folder, $"{_step:00}-{name}.png"), FullPage = true });
        var scanned = await ScannablePageAsync();
        var result = await scanned.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(violations.Count == 0, $"axe on {name} ({Page.Url}):\n{string.Join('\n', violations)}");
        // No page scrolls sideways at its viewport.
        var overflow = await scanned.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, $"{name} scrolls horizontally at {Page.ViewportSize?.Width}px");
    }

    /// <summary>The page itself when it runs scripts; otherwise the same HTML, as served, in the script-enabled tab.</summary>
    private async Task<IPage> ScannablePageAsync()
    {
        if (_scanner is null)
        {
            return Page;
        }

        var html = await _document!.TextAsync();
        var url = Page.Url;
        await _scanner.RouteAsync(url, route => route.FulfillAsync(new RouteFulfillOptions { Body = html, ContentType = "text/html; charset=utf-8" }));
        await _scanner.GotoAsync(url);
        await _scanner.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await _scanner.UnrouteAsync(url);
        return _scanner;
    }

    public async ValueTask DisposeAsync()
    {
        if (_scanner is not null)
        {
            await _scanner.Context.DisposeAsync();
        }

        await _context.DisposeAsync();
    }
}
