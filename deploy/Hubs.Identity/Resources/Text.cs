namespace Hubs.Identity.Resources;

/// <summary>The texts of the provider's pages: Text.resx (Italian, the default) and Text.en.resx.</summary>
public sealed class Text;
