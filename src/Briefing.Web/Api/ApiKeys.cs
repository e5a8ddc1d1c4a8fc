using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Api;

/// <summary>The keys that may write. From Briefing:ApiKeys; when none are configured, one is generated on first
/// start and kept in api-key.txt beside the database (never in the repository), so a first POST is one copy away.</summary>
public sealed class ApiKeys
{
    private readonly byte[][] _hashes;

    public ApiKeys(IOptions<BriefingOptions> options, IHostEnvironment environment, ILogger<ApiKeys> logger)
    {
        var keys = options.Value.ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k)).ToList();
        if (keys.Count == 0)
        {
            var database = Path.Combine(environment.ContentRootPath, options.Value.DatabasePath);
            KeyFile = Path.Combine(Path.GetDirectoryName(database)!, "api-key.txt");
            if (!File.Exists(KeyFile))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(KeyFile)!);
                File.WriteAllText(KeyFile, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)) + "\n");
            }
            keys.Add(File.ReadAllText(KeyFile).Trim());
            logger.LogWarning("No Briefing:ApiKeys configured; writes accept the generated key in {KeyFile}", KeyFile);
        }
        _hashes = keys.Select(Hash).ToArray();
    }

    /// <summary>Where the generated key lives, when one was generated.</summary>
    public string? KeyFile { get; }

    public bool IsValid(string? presented)
    {
        if (string.IsNullOrEmpty(presented)) return false;
        var hash = Hash(presented);
        var valid = false;
        foreach (var known in _hashes) valid |= CryptographicOperations.FixedTimeEquals(hash, known);
        return valid;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
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
