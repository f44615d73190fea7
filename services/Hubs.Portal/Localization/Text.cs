namespace Hubs.Portal.Localization;

/// <summary>The pages' texts: Text.resx is Italian (the default), Text.en.resx English. No text a person reads lives in a .razor file.</summary>
public sealed class Text;
