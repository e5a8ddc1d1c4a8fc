using Briefing.Data.Sources;

namespace Briefing.Web.Api;

/// <summary>The admin verb for API keys, run against the app's own database and configuration:
/// `keys add NAME` (prints the key once), `keys list`, `keys revoke NAME`.</summary>
public static class KeysCommand
{
    /// <summary>Runs the verb when the arguments name it; returns false to let the app start normally.</summary>
    public static bool TryRun(WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] != "keys") return false;
        Environment.ExitCode = Run(app.Services.GetRequiredService<ApiKeyStore>(), args[1..], Console.Out);
        return true;
    }

    public static int Run(ApiKeyStore store, string[] args, TextWriter output)
    {
        switch (args)
        {
            case ["add", var name] when IsValidName(name):
                var key = store.Add(name);
                if (key is null) return Fail($"A key named '{name}' already exists; revoke it or pick another name.");
                output.WriteLine(key);
                Console.Error.WriteLine($"Key '{name}' added. It is shown only this once: send it in the X-Api-Key header.");
                return 0;
            case ["list"]:
                foreach (var info in store.List())
                    output.WriteLine($"{info.Name}\tcreated {info.CreatedAt:u}\t{(info.RevokedAt is { } at ? $"revoked {at:u}" : "active")}");
                return 0;
            case ["revoke", var name]:
                return store.Revoke(name) ? 0 : Fail($"No active key named '{name}'.");
            default:
                return Fail("usage: keys add <name> | keys list | keys revoke <name>   (name: letters, digits, . _ -; up to 64)");
        }
    }

    private static bool IsValidName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
