using Hubs.HubNode.Profile;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Slots;

/// <summary>What the slot endpoint needs, bound with [AsParameters].</summary>
public sealed record SlotServices(SlotListing Listing, IOptions<HubOptions> Hub, TimeProvider Clock);
