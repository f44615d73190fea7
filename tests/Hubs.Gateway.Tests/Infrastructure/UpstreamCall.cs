namespace Hubs.Gateway.Tests.Infrastructure;

/// <summary>What an upstream received, and what it answers with (so a test sees both sides).</summary>
public sealed record UpstreamCall(string Upstream, string Method, string Path, string Query, string Body, string? ContentType);
