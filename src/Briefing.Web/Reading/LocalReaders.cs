using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Reading;

/// <summary>The local reader list from configuration. Passwords are kept as ASP.NET Core Identity hashes (PBKDF2,
/// salted), verified in constant time; an unknown name costs the same as a wrong password.</summary>
public sealed class LocalReaders(IOptions<ReadingOptions> options)
{
    private static readonly PasswordHasher<string> Hasher = new();
    private static readonly string DummyHash = Hasher.HashPassword("", Guid.NewGuid().ToString());

    public static string Hash(string password) => Hasher.HashPassword("", password);

    public bool Any => options.Value.Users.Count > 0;

    /// <summary>The reader's configured name when the password matches, else null.</summary>
    public string? Verify(string? name, string? password)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password) || name.Length > 200 || password.Length > 500) return null;
        var user = options.Value.Users.FirstOrDefault(u => string.Equals(u.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        var result = Hasher.VerifyHashedPassword("", user?.PasswordHash is { Length: > 0 } hash ? hash : DummyHash, password);
        return user is not null && result != PasswordVerificationResult.Failed ? user.Name : null;
    }
}

/// <summary>`hash-password`: reads a password from standard input and prints the hash to put in
/// Briefing:Reading:Users:N:PasswordHash.</summary>
public static class HashPasswordCommand
{
    public static bool TryRun(string[] args)
    {
        if (args.Length == 0 || args[0] != "hash-password") return false;
        Console.Error.Write("Password: ");
        var password = Console.ReadLine();
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine("No password given.");
            Environment.ExitCode = 1;
            return true;
        }
        Console.WriteLine(LocalReaders.Hash(password));
        return true;
    }
}
