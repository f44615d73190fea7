using Microsoft.EntityFrameworkCore;

namespace Hubs.Identity.Provider;

/// <summary>OpenIddict's clients, authorizations and tokens (its own entities, added by <c>UseOpenIddict()</c>).</summary>
public sealed class ProviderDbContext(DbContextOptions<ProviderDbContext> options) : DbContext(options);
