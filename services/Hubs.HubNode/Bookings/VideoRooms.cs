using System.Security.Cryptography;

namespace Hubs.HubNode.Bookings;

/// <summary>
/// A video-call room per booking on a Jitsi-style server, where whoever knows the room name can join: so the name
/// carries 128 random bits, and names the hub for the people in the call.
/// </summary>
public static class VideoRooms
{
    public static string NewLink(string baseUrl, string hubId)
    {
        var room = $"hubs-{hubId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}";
        return baseUrl.EndsWith('/') ? baseUrl + room : $"{baseUrl}/{room}";
    }
}
