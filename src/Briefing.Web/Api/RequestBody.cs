namespace Briefing.Web.Api;

internal static class RequestBody
{
    /// <summary>Reads the whole body, or returns null as soon as it exceeds <paramref name="limit"/> bytes
    /// (without buffering more than that, whatever Content-Length claims).</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit) return null;
        if (request.ContentLength is { } length and > 0) return await ReadExactlyAsync(request.Body, (int)length, cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>A body whose length was declared (nearly every API client): read into one array of that size, without
    /// the 16 KB chunk and growing stream per request that a thousand posts a second turn into garbage. A body longer
    /// than declared is cut off by the server itself; a shorter one is an aborted request.</summary>
    private static async Task<byte[]> ReadExactlyAsync(Stream body, int length, CancellationToken cancellationToken)
    {
        var bytes = new byte[length];
        await body.ReadExactlyAsync(bytes, cancellationToken);
        return bytes;
    }
}
