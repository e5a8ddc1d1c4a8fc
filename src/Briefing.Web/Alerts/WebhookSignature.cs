using System.Security.Cryptography;
using System.Text;

namespace Briefing.Web.Alerts;

/// <summary>Webhook bodies are signed like GitHub's: <c>X-Briefing-Signature-256: sha256=&lt;hex HMAC-SHA256 of the
/// body, keyed with the subscription's secret&gt;</c>. Receivers recompute it over the raw body and compare in
/// constant time; <c>X-Briefing-Alert-Id</c> stays the same across retries so they can drop repeats.</summary>
public static class WebhookSignature
{
    public const string Header = "X-Briefing-Signature-256";
    public const string AlertIdHeader = "X-Briefing-Alert-Id";

    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static bool Verify(string secret, ReadOnlySpan<byte> body, string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, body)), Encoding.ASCII.GetBytes(header));

    /// <summary>A fresh random secret (shown once when a subscription is made).</summary>
    public static string NewSecret() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}

/// <summary>Which webhook URLs are accepted, and how they are shown: only absolute http(s) URLs; reads show the host
/// only, since a hook URL often carries a token in its path.</summary>
public static class WebhookUrls
{
    public static string? Validate(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && string.IsNullOrEmpty(uri.UserInfo)
            ? null
            : "\"webhookUrl\" must be an absolute http:// or https:// URL without credentials.";

    public static string? Mask(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Authority}/…" : null;
}
