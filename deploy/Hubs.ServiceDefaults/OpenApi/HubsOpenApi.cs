using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Hubs.ServiceDefaults.OpenApi;

/// <summary>
/// One OpenAPI document per service, completed in one place rather than endpoint by endpoint: every route parameter
/// declared, the bearer scheme and each operation's security from its policy, the problem responses an operation can
/// give (RFC 9457, one schema), enums for coded fields, camelCase query names, numbers typed as numbers. Served at the
/// service's own prefix (<see cref="MapHubsOpenApi"/>) so the gateway reaches it on its usual route.
/// </summary>
public static partial class HubsOpenApi
{
    public const string DocumentPath = "openapi/v1.json";
    public const string BearerScheme = "bearer";
    public const string ProblemSchema = "Problem";
    private const string ProblemJson = "application/problem+json";

    public static IServiceCollection AddHubsOpenApi(this IServiceCollection services, string title, string description) =>
        services.AddHttpContextAccessor().AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, context, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = title,
                    Version = "v1",
                    Description = description,
                    License = new OpenApiLicense { Name = "Hubs network terms of use", Url = new Uri("https://hubs.example.org/terms") },
                };

                // The document is read through the gateway, whose origin is the server (X-Forwarded-* from the gateway).
                document.Servers = [new OpenApiServer { Url = Origin(context.ApplicationServices.GetService<IHttpContextAccessor>()?.HttpContext), Description = "The gateway this document was read from" }];
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = "A token with role=staff and hub=<hub id> (hub staff) or role=coordinator. Public operations accept none, but refuse an invalid one (401).",
                };
                document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
                document.Components.Schemas[ProblemSchema] = Problem();

                // Every problem response now names the one schema (see Complete); the framework's two are left unused.
                document.Components.Schemas.Remove("ProblemDetails");
                document.Components.Schemas.Remove("HttpValidationProblemDetails");
                TrimTrailingSlashes(document);
                DescribeTags(document);
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                Complete(operation, context);
                return Task.CompletedTask;
            });
            options.AddSchemaTransformer((schema, context, _) =>
            {
                NumbersAsNumbers(schema);
                if (schema.Properties is { } properties)
                {
                    foreach (var (name, property) in properties)
                    {
                        if (property is OpenApiSchema concrete && CodedFields.ByName.TryGetValue(name, out var codes))
                        {
                            Enumerate(concrete, codes);
                        }
                    }
                }

                return Task.CompletedTask;
            });
        });

    /// <summary>The document at <c>{prefix}/openapi/v1.json</c> (and at <c>/openapi/v1.json</c>, where it always was).</summary>
    public static WebApplication MapHubsOpenApi(this WebApplication app, string prefix)
    {
        // Literal paths: the default {documentName} route answers any other name with a plain-text 404, not a problem.
        app.MapOpenApi("/" + DocumentPath).RequireAuthorization(Policies.Public).ExcludeFromDescription();
        app.MapOpenApi($"{prefix.TrimEnd('/')}/{DocumentPath}").RequireAuthorization(Policies.Public).ExcludeFromDescription();
        return app;
    }

    private static string Origin(HttpContext? http)
    {
        if (http is null)
        {
            return "http://127.0.0.1:8080";
        }

        var proto = http.Request.Headers["X-Forwarded-Proto"].FirstOrDefault()?.Split(',')[0].Trim();
        var host = http.Request.Headers["X-Forwarded-Host"].FirstOrDefault()?.Split(',')[0].Trim();
        var scheme = proto is "http" or "https" ? proto : http.Request.Scheme;
        var authority = host is { Length: > 0 } && Uri.CheckHostName(host.Split(':')[0]) != UriHostNameType.Unknown ? host : http.Request.Host.Value;
        return $"{scheme}://{authority}";
    }

    private static void Complete(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var endpoint = context.Description.ActionDescriptor.EndpointMetadata;
        var route = context.Description.RelativePath ?? "";
        var policy = endpoint.OfType<IAuthorizeData>().Select(a => a.Policy).FirstOrDefault(p => p is not null);
        operation.Parameters ??= [];
        DeclareRouteParameters(operation, route);
        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>())
        {
            if (parameter.In == ParameterLocation.Query && parameter.Name is { Length: > 0 } name && char.IsUpper(name[0]))
            {
                parameter.Name = char.ToLowerInvariant(name[0]) + name[1..];
            }

            if (parameter.Schema is OpenApiSchema schema)
            {
                NumbersAsNumbers(schema);
                if (parameter.Name is { } n && CodedFields.ByName.TryGetValue(n, out var codes))
                {
                    Enumerate(schema, codes);
                }
            }
        }

        var open = policy is null or Policies.Public;
        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] },
        ];
        if (open)
        {
            // Anyone may call it; a bearer token, if sent, must be valid.
            operation.Security.Insert(0, new OpenApiSecurityRequirement());
        }

        operation.Responses ??= new OpenApiResponses();
        var hasBody = operation.RequestBody is not null;
        var hasInput = hasBody || operation.Parameters.Count > 0;
        Problem(operation, context, "400", "The request is malformed: the errors name each field and what to send", when: hasInput);
        Problem(operation, context, "401", "The bearer token is malformed, expired or wrongly signed" + (open ? "" : ", or missing"), when: true);
        Problem(operation, context, "403", "The token does not admit this call: the detail says who the caller may act for and what is needed", when: !open);
        Problem(operation, context, "404", "Nothing at this address: an unknown hub, or an unknown id in the path", when: route.Contains('{', StringComparison.Ordinal));
        Problem(operation, context, "415", "The body is not application/json (UTF-8)", when: hasBody);
        Problem(operation, context, "429", "Too many requests from this client: wait for Retry-After seconds", when: true);
        Problem(operation, context, "503", "The service behind the gateway is not reachable now: try again shortly", when: true);
        foreach (var status in endpoint.OfType<ProblemStatus>())
        {
            Problem(operation, context, status.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), status.Description, when: true);
        }

        // Every problem response carries the one problem schema.
        foreach (var (code, response) in operation.Responses)
        {
            if (code.Length == 3 && code[0] is '4' or '5' && response is OpenApiResponse concrete)
            {
                concrete.Content ??= new Dictionary<string, OpenApiMediaType>();
                concrete.Content.Remove("application/json");
                concrete.Content[ProblemJson] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(ProblemSchema, context.Document) };
            }
        }

        if (string.IsNullOrWhiteSpace(operation.Summary) && operation.OperationId is { } id)
        {
            operation.Summary = id;
        }
    }

    private static void Problem(OpenApiOperation operation, OpenApiOperationTransformerContext context, string code, string description, bool when)
    {
        if (!when)
        {
            return;
        }

        if (operation.Responses!.TryGetValue(code, out var existing) && existing is OpenApiResponse known)
        {
            known.Description = string.IsNullOrWhiteSpace(known.Description) || known.Description is "Bad Request" or "Not Found" or "Conflict"
                ? description
                : known.Description;
            return;
        }

        operation.Responses[code] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemJson] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, context.Document) },
            },
        };
    }

    // A group's route values (the hub node's {hubId}) are read by a filter, not a handler parameter: declare them anyway.
    private static void DeclareRouteParameters(OpenApiOperation operation, string route)
    {
        foreach (Match match in RouteValue().Matches(route))
        {
            var name = match.Groups["name"].Value;
            if (operation.Parameters!.Any(p => p.In == ParameterLocation.Path && p.Name == name))
            {
                continue;
            }

            operation.Parameters!.Insert(0, new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Path,
                Required = true,
                Description = name == "hubId" ? "The hub's id: a lower-case slug such as lomazzo (matched in any letter case)" : null,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = name == "hubId" ? "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$" : null },
            });
        }

        foreach (var parameter in operation.Parameters!.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Path))
        {
            parameter.Required = true;
        }
    }

    /// <summary>.NET reads numbers from strings too and says so (<c>["integer","string"]</c> with a pattern); clients should send numbers.</summary>
    private static void NumbersAsNumbers(OpenApiSchema schema)
    {
        if (schema.Type is { } type && (type & (JsonSchemaType.Integer | JsonSchemaType.Number)) != 0 && (type & JsonSchemaType.String) != 0)
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
    }

    private static void Enumerate(OpenApiSchema schema, IReadOnlyList<string> codes)
    {
        var target = schema.Type is { } t && (t & JsonSchemaType.Array) != 0 && schema.Items is OpenApiSchema items ? items : schema;

        // Only a code itself (or a list of codes): a tally or a score keyed by the same name is not one.
        if (target.Type is not { } type || (type & JsonSchemaType.String) == 0)
        {
            return;
        }

        target.Enum = [.. codes.Select(c => (JsonNode)JsonValue.Create(c))];
        if (target.Type is { } tt && (tt & JsonSchemaType.Null) != 0)
        {
            target.Enum.Add(null!);
        }
    }

    private static OpenApiSchema Problem() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An RFC 9457 problem: what went wrong, and what to send instead.",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A URI naming the kind of problem" },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A short summary" },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "What was wrong and what to do" },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The request path" },
            ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Quote it to an operator" },
            ["reason"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A stable machine-readable reason, e.g. slot-taken" },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "For a 400: each field (JSON path) with what is wrong with it",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        },
    };

    private static void TrimTrailingSlashes(OpenApiDocument document)
    {
        foreach (var path in document.Paths.Keys.Where(p => p.Length > 1 && p.EndsWith('/')).ToList())
        {
            var item = document.Paths[path];
            document.Paths.Remove(path);
            document.Paths[path.TrimEnd('/')] = item;
        }
    }

    private static void DescribeTags(OpenApiDocument document)
    {
        var used = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []).SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(t => t.Name).Where(n => n is not null).Distinct().Order(StringComparer.Ordinal);
        document.Tags = new HashSet<OpenApiTag>(used.Select(name => new OpenApiTag { Name = name, Description = $"{name}: see each operation's summary." }));
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:[^}]*)?\}")]
    private static partial Regex RouteValue();
}
