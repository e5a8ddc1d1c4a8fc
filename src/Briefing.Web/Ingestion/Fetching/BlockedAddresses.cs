using System.Net;
using System.Net.Sockets;

namespace Briefing.Web.Ingestion.Fetching;

/// <summary>Addresses a server must never fetch from on behalf of a feed: loopback, private (RFC 1918, CGNAT),
/// link-local (and so cloud metadata at 169.254.169.254), unique-local, multicast, unspecified, reserved and
/// documentation ranges. IPv4 embedded in IPv6 (mapped, NAT64, 6to4) is judged as the IPv4 it carries.</summary>
public static class BlockedAddresses
{
    private static readonly (IPAddress Network, int Bits, string Why)[] Ranges =
    [
        (IPAddress.Parse("0.0.0.0"), 8, "unspecified"),
        (IPAddress.Parse("10.0.0.0"), 8, "private"),
        (IPAddress.Parse("100.64.0.0"), 10, "private (shared address space)"),
        (IPAddress.Parse("127.0.0.0"), 8, "loopback"),
        (IPAddress.Parse("169.254.0.0"), 16, "link-local / cloud metadata"),
        (IPAddress.Parse("172.16.0.0"), 12, "private"),
        (IPAddress.Parse("192.0.0.0"), 24, "reserved"),
        (IPAddress.Parse("192.0.2.0"), 24, "documentation"),
        (IPAddress.Parse("192.168.0.0"), 16, "private"),
        (IPAddress.Parse("198.18.0.0"), 15, "benchmarking"),
        (IPAddress.Parse("198.51.100.0"), 24, "documentation"),
        (IPAddress.Parse("203.0.113.0"), 24, "documentation"),
        (IPAddress.Parse("224.0.0.0"), 4, "multicast"),
        (IPAddress.Parse("240.0.0.0"), 4, "reserved"),
        (IPAddress.Parse("::"), 128, "unspecified"),
        (IPAddress.Parse("::1"), 128, "loopback"),
        (IPAddress.Parse("::"), 96, "IPv4-compatible"),
        (IPAddress.Parse("100::"), 64, "discard"),
        (IPAddress.Parse("2001::"), 32, "Teredo"),
        (IPAddress.Parse("2001:db8::"), 32, "documentation"),
        (IPAddress.Parse("fc00::"), 7, "unique-local"),
        (IPAddress.Parse("fe80::"), 10, "link-local"),
        (IPAddress.Parse("fec0::"), 10, "site-local"),
        (IPAddress.Parse("ff00::"), 8, "multicast"),
    ];

    /// <summary>Why <paramref name="address"/> is refused ("loopback", "private", ...), or null when it is public.</summary>
    public static string? Why(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        else if (Embedded(address) is { } inner) return Why(inner);
        foreach (var (network, bits, why) in Ranges)
            if (network.AddressFamily == address.AddressFamily && InRange(address, network, bits)) return why;
        return null;
    }

    /// <summary>The IPv4 address carried by NAT64 (64:ff9b::/96) and 6to4 (2002::/16) addresses.</summary>
    private static IPAddress? Embedded(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return null;
        var bytes = address.GetAddressBytes();
        if (bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xff && bytes[3] == 0x9b && bytes.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
            return new IPAddress(bytes.AsSpan(12, 4));
        if (bytes[0] == 0x20 && bytes[1] == 0x02) return new IPAddress(bytes.AsSpan(2, 4));
        return null;
    }

    private static bool InRange(IPAddress address, IPAddress network, int bits)
    {
        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        for (var i = 0; i < a.Length && bits > 0; i++, bits -= 8)
        {
            var mask = bits >= 8 ? 0xff : (byte)(0xff << (8 - bits));
            if ((a[i] & mask) != (n[i] & mask)) return false;
        }
        return true;
    }
}
