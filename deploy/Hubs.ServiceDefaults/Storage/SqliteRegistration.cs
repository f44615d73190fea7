using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hubs.ServiceDefaults.Storage;

public static class SqliteRegistration
{
    /// <summary>
    /// Registers <see cref="SqliteDatabase"/> for <c>Storage:Sqlite:Path</c> (default <c>.hubs/data/{defaultFileName}</c>),
    /// its health check, and the start step that applies <paramref name="migrations"/>: call it before anything that
    /// reads the store is registered (hosted services start in registration order), the bus above all.
    /// </summary>
    public static IHostApplicationBuilder AddSqliteStore(this IHostApplicationBuilder builder, string defaultFileName, IReadOnlyList<SqliteMigration> migrations)
    {
        builder.Services.AddOptions<SqliteOptions>()
            .Bind(builder.Configuration.GetSection(SqliteOptions.Section))
            .PostConfigure(o => o.Path = string.IsNullOrWhiteSpace(o.Path) ? Path.Combine(".hubs", "data", defaultFileName) : o.Path)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<SqliteDatabase>();
        builder.Services.AddHostedService(sp => new SqliteMigrationOnStart(
            sp.GetRequiredService<SqliteDatabase>(), migrations, sp.GetRequiredService<ILogger<SqliteMigrationOnStart>>()));
        builder.Services.AddHealthChecks().AddCheck<SqliteHealthCheck>("store", tags: ["ready"]);
        return builder;
    }
}
