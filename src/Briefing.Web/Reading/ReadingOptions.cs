namespace Briefing.Web.Reading;

/// <summary>Settings under Briefing:Reading: who may read. Open by default (a single box on a trusted network).</summary>
public sealed class ReadingOptions
{
    public const string Section = "Briefing:Reading";

    /// <summary>When true, pages, the read API and the hub need a signed-in reader (or an API key); wall screens
    /// may use display links instead.</summary>
    public bool RequireSignIn { get; set; }

    /// <summary>Local readers: a name and a password hash made with `dotnet run -- hash-password` (never the password).</summary>
    public List<LocalReader> Users { get; set; } = [];

    /// <summary>The office's identity provider (OpenID Connect); used when Authority is set.</summary>
    public OidcOptions Oidc { get; set; } = new();

    /// <summary>How long a reader stays signed in without activity.</summary>
    public int SessionHours { get; set; } = 12;
}

public sealed class LocalReader
{
    public string Name { get; set; } = "";
    public string PasswordHash { get; set; } = "";
}

public sealed class OidcOptions
{
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>Metadata must come over HTTPS (turn off only for a provider on loopback, e.g. in tests).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The button text on the sign-in page.</summary>
    public string DisplayName { get; set; } = "your organisation's account";

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
