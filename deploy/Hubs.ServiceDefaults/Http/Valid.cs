using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hubs.ServiceDefaults.Http;

/// <summary>
/// An endpoint parameter holding the request body read as JSON and validated into <typeparamref name="T"/>. Binding
/// reads and validates; a body that is not JSON (415), malformed (400) or invalid (400, errors keyed by field) is
/// answered by <see cref="RequestCheckFilter"/> before the handler runs, so a handler reads <see cref="Value"/> only.
/// </summary>
public sealed class Valid<T> : IRequestCheck, IEndpointParameterMetadataProvider where T : class, IRequestDraft<T>
{
    private readonly T? _value;

    internal Valid(T? value, IResult? problem)
    {
        _value = value;
        Problem = problem;
    }

    public T Value => _value ?? throw new InvalidOperationException($"The request's {typeof(T).Name} was invalid; the request check filter answers before the handler runs.");

    public IResult? Problem { get; }

    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Minimal APIs bind a parameter type through its static BindAsync.")]
    public static async ValueTask<Valid<T>?> BindAsync(HttpContext context, ParameterInfo parameter) => await T.ReadAsync(context);

    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Minimal APIs ask a parameter type for metadata through this static method.")]
    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        RequestCheckFilter.AddTo(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status415UnsupportedMediaType, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));
    }
}

/// <summary>How a <see cref="Valid{T}"/> is read.</summary>
public static class Valid
{
    /// <summary>Checks <paramref name="input"/>; errors keyed by the JSON field name, and a draft only when there are none.</summary>
    public delegate Dictionary<string, string[]> Validator<in TInput, TDraft>(TInput input, out TDraft? draft);

    /// <summary>
    /// Reads the body as <typeparamref name="TInput"/> (all-nullable, so the binder reports nothing the validator should)
    /// and validates it into <typeparamref name="T"/>; <paramref name="what"/> names it in problems ("the expert").
    /// </summary>
    public static async ValueTask<Valid<T>> ReadAsync<TInput, T>(HttpContext http, string what, Validator<TInput, T> validate)
        where TInput : class
        where T : class, IRequestDraft<T>
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(validate);
        if (!JsonRequest.IsReadable(http.Request))
        {
            return new Valid<T>(null, JsonRequest.UnsupportedMediaType(what));
        }

        var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var (input, readErrors) = await JsonRequest.ReadAsync<TInput>(http.Request, json, what, http.RequestAborted);
        if (input is null)
        {
            return new Valid<T>(null, TypedResults.ValidationProblem(readErrors));
        }

        var errors = validate(input, out var draft);
        return draft is not null && errors.Count == 0
            ? new Valid<T>(draft, null)
            : new Valid<T>(null, TypedResults.ValidationProblem(errors));
    }
}
