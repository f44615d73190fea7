using Hubs.ServiceDefaults.Storage;

namespace Hubs.Directory.Storage.ReadModel;

/// <summary>An expert's primary key as the store writes it (the id in <c>StoredValues.Id</c> form).</summary>
internal readonly record struct ExpertKey(string HubId, string ExpertId);
