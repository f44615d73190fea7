namespace Hubs.Exchange.Previews;

/// <summary>A practice body as the exchange would show it, once published.</summary>
public sealed record PreviewView(string BodyHtml);
