using System.Security.Cryptography;
using System.Text;
using Briefing.Data.Sources;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Api;

/// <summary>The keys that may write: named keys from the database (added and revoked with the `keys` verb) and
/// the configured Briefing:ApiKeys. When neither exists, one is generated on first start and kept in api-key.txt
/// beside the database (never in the repository), so a first POST is one copy away.</summary>
public sealed class ApiKeys
{
    // A revocation made by the `keys` verb (another process) takes effect within this long.
    private static readonly TimeSpan StoredKeysFreshness = TimeSpan.FromSeconds(2);

    private readonly Dictionary<string, string> _configured = new();
    private readonly ApiKeyStore _store;
    private readonly TimeProvider _clock;
    private IReadOnlyDictionary<string, string> _stored = new Dictionary<string, string>();
    private DateTimeOffset _storedAt = DateTimeOffset.MinValue;

    public ApiKeys(IOptions<BriefingOptions> options, IHostEnvironment environment, ApiKeyStore store, TimeProvider clock,
        ILogger<ApiKeys> logger)
    {
        _store = store;
        _clock = clock;
        var keys = options.Value.ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k)).ToList();
        if (keys.Count == 0 && store.List().Count == 0)
        {
            var database = Path.Combine(environment.ContentRootPath, options.Value.DatabasePath);
            KeyFile = Path.Combine(Path.GetDirectoryName(database)!, "api-key.txt");
            if (!File.Exists(KeyFile))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(KeyFile)!);
                File.WriteAllText(KeyFile, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)) + "\n");
            }
            keys.Add(File.ReadAllText(KeyFile).Trim());
            logger.LogWarning("No API keys configured; writes accept the generated key in {KeyFile}", KeyFile);
        }
        for (var i = 0; i < keys.Count; i++) _configured.TryAdd(ApiKeyStore.Hash(keys[i]), $"configured-{i}");
    }

    /// <summary>Where the generated key lives, when one was generated.</summary>
    public string? KeyFile { get; }

    public bool IsValid(string? presented) => NameOf(presented) is not null;

    /// <summary>The name of the key presented, or null when it is missing, unknown or revoked.</summary>
    public string? NameOf(string? presented)
    {
        if (string.IsNullOrEmpty(presented) || presented.Length > 200) return null;
        var hash = ApiKeyStore.Hash(presented);
        // Hex hashes compared in constant time: the lookup itself leaks nothing about how close a guess was.
        foreach (var (known, name) in _configured)
            if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(known))) return name;
        return StoredKeys().TryGetValue(hash, out var stored) ? stored : null;
    }

    private IReadOnlyDictionary<string, string> StoredKeys()
    {
        var now = _clock.GetUtcNow();
        if (now - _storedAt > StoredKeysFreshness)
        {
            _stored = _store.ActiveHashes();
            _storedAt = now;
        }
        return _stored;
    }
}

/// <summary>Guards write endpoints: a missing or wrong X-Api-Key gets 401 with a problem-details body.</summary>
public sealed class RequireApiKey(ApiKeys keys) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var presented = context.HttpContext.Request.Headers[Header].ToString();
        if (keys.IsValid(presented)) return next(context);
        var detail = string.IsNullOrEmpty(presented)
            ? $"This endpoint writes; send your key in the {Header} header."
            : $"The {Header} header does not hold a valid key.";
        return ValueTask.FromResult<object?>(Results.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "API key required"));
    }
}
