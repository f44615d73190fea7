using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Portal.Tests.Components;

/// <summary>A bUnit context with the portal's real texts (Text.resx / Text.en.resx) in the given culture.</summary>
public abstract class PortalContext : BunitContext
{
    protected PortalContext(string culture = "it-IT")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        Services.AddLocalization();
    }
}
