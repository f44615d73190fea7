using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.HubNode.Versioning;

/// <summary>
/// The handlers of every versioned resource's endpoints (list, get, create, revise with If-Match, end with If-Match): the
/// resource's API maps them with its own routes, names and policies. The body arrives validated (<see cref="Valid{T}"/>)
/// and the If-Match header parsed (<see cref="IfMatch"/>), so each handler is the rule alone.
/// </summary>
public static class VersionedEndpoints
{
    /// <summary>
    /// The resource's five endpoints relative to the hub's route group: reading is public, writing is the hub's staff's
    /// (<typeparamref name="TInput"/> is the body's documented shape).
    /// </summary>
    public static IEndpointRouteBuilder MapVersioned<T, TDraft, TResponse, TInput>(this IEndpointRouteBuilder routes, VersionedRoutes names)
        where T : class, IVersionedResource<T, TDraft, TResponse>
        where TDraft : class, IRequestDraft<TDraft>
        where TInput : notnull
    {
        // No nested group: its collection route would be published with a trailing slash (".../experts/").
        var group = routes.MapGroup("").WithTags(names.Tag).WithMetadata(new VersionedResourceName(names.What));
        var collection = "/" + T.Collection;
        var one = collection + "/{id:guid}";

        group.MapGet(collection, List<T, TDraft, TResponse>).Named(names.List).RequireAuthorization(Policies.Public);
        group.MapGet(one, Get<T, TDraft, TResponse>).Named(names.Get).RequireAuthorization(Policies.Public);
        group.MapPost(collection, Create<T, TDraft, TResponse>).Named(names.Create).Accepts<TInput>("application/json").RequireAuthorization(Policies.HubStaff);
        group.MapPut(one, Revise<T, TDraft, TResponse>).Named(names.Revise).Accepts<TInput>("application/json").RequireAuthorization(Policies.HubStaff);
        group.MapDelete(one, End<T, TDraft, TResponse>).Named(names.End).RequireAuthorization(Policies.HubStaff);
        return routes;
    }

    public static async Task<Ok<TResponse[]>> List<T, TDraft, TResponse>(
        [AsParameters] VersionedServices<T> services, CancellationToken cancellationToken)
        where T : class, IVersionedResource<T, TDraft, TResponse>
        where TDraft : class, IRequestDraft<TDraft>
    {
        var entities = await services.Store.ListActiveAsync(cancellationToken);
        return TypedResults.Ok(entities.Select(T.Response).ToArray());
    }

    public static async Task<Results<Ok<TResponse>, ProblemHttpResult>> Get<T, TDraft, TResponse>(
        Guid id, [AsParameters] VersionedServices<T> services, CancellationToken cancellationToken)
        where T : class, IVersionedResource<T, TDraft, TResponse>
        where TDraft : class, IRequestDraft<TDraft>
    {
        var entity = await services.Store.GetAsync(id, cancellationToken);
        return entity is null || entity.IsEnded ? ChangeResults.NotFound<T>(id) : Ok<T, TDraft, TResponse>(entity, services);
    }

    public static async Task<Created<TResponse>> Create<T, TDraft, TResponse>(
        Valid<TDraft> draft, [AsParameters] VersionedServices<T> services, CancellationToken cancellationToken)
        where T : class, IVersionedResource<T, TDraft, TResponse>
        where TDraft : class, IRequestDraft<TDraft>
    {
        var entity = await services.Writer.CreateAsync((id, at) => T.First(draft.Value, id, at), cancellationToken);
        return ChangeResults.Created(
            services.Http, $"/api/hubs/{services.Hub.Value.Id}/{T.Collection}/{entity.Id}", entity.Version, T.Response(entity));
    }

    public static async Task<Results<Ok<TResponse>, ProblemHttpResult>> Revise<T, TDraft, TResponse>(
        Guid id, IfMatch ifMatch, Valid<TDraft> draft, [AsParameters] VersionedServices<T> services, CancellationToken cancellationToken)
        where T : class, IVersionedResource<T, TDraft, TResponse>
        where TDraft : class, IRequestDraft<TDraft>
    {
        var change = await services.Writer.ChangeAsync(id, ifMatch.Version, (current, _) => current.Revised(draft.Value), cancellationToken);
        return change.Outcome is ChangeOutcome.Changed or ChangeOutcome.Unchanged
            ? Ok<T, TDraft, TResponse>(change.Current!, services)
            : ChangeResults.Failed(id, change);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> End<T, TDraft, TResponse>(
        Guid id, IfMatch ifMatch, [AsParameters] VersionedServices<T> services, CancellationToken cancellationToken)
        where T : class, IVersionedResource<T, TDraft, TResponse>
        where TDraft : class, IRequestDraft<TDraft>
    {
        var change = await services.Writer.ChangeAsync(id, ifMatch.Version, (current, now) => current.Ended(now), cancellationToken);
        return change.Outcome == ChangeOutcome.Changed ? TypedResults.NoContent() : ChangeResults.Failed(id, change);
    }

    private static RouteHandlerBuilder Named(this RouteHandlerBuilder endpoint, VersionedRoute route) =>
        endpoint.WithName(route.Name).WithSummary(route.Summary);

    private static Ok<TResponse> Ok<T, TDraft, TResponse>(T entity, VersionedServices<T> services)
        where T : class, IVersionedResource<T, TDraft, TResponse>
        where TDraft : class, IRequestDraft<TDraft> =>
        ChangeResults.Ok(services.Http, entity.Version, T.Response(entity));
}
