using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hubs.ServiceDefaults.Storage;

public static class SqliteRegistration
{
    /// <summary>Registers <see cref="SqliteDatabase"/> for <c>Storage:Sqlite:Path</c> (default <c>.hubs/data/{defaultFileName}</c>) and its health check.</summary>
    public static IHostApplicationBuilder AddSqliteStore(this IHostApplicationBuilder builder, string defaultFileName)
    {
        builder.Services.AddOptions<SqliteOptions>()
            .Bind(builder.Configuration.GetSection(SqliteOptions.Section))
            .PostConfigure(o => o.Path = string.IsNullOrWhiteSpace(o.Path) ? Path.Combine(".hubs", "data", defaultFileName) : o.Path)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<SqliteDatabase>();
        builder.Services.AddHealthChecks().AddCheck<SqliteHealthCheck>("store", tags: ["ready"]);
        return builder;
    }
}
