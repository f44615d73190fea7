using System.Resources;

// Text.resx (no culture suffix) holds the Italian texts.
[assembly: NeutralResourcesLanguage("it")]
