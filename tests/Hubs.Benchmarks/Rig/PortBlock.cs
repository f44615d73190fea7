using System.Net;
using System.Net.Sockets;

namespace Hubs.Benchmarks.Rig;

/// <summary>A block of loopback ports for a private broker node (private-node.sh takes 16 from its AMQP port).</summary>
internal static class PortBlock
{
    public const int Size = 16;
    private const int Attempts = 32;

    /// <summary>The first block at or after <paramref name="first"/> (in steps of a block) in which no port is taken.</summary>
    public static int FindFree(int first)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var start = first + (attempt * Size);
            if (Enumerable.Range(start, Size).All(IsFree))
            {
                return start;
            }
        }

        throw new InvalidOperationException($"No free block of {Size} loopback ports from {first} in {Attempts} tries; pass another --broker-port.");
    }

    /// <summary>The node's own epmd listens here (private-node.sh: AMQP port + 3).</summary>
    public static int EpmdPort(int amqpPort) => amqpPort + 3;

    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
