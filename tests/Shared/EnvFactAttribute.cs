namespace Briefing.Testing;

/// <summary>A fact that runs only when asked for through an environment variable (soak runs, screenshots): otherwise
/// it is reported as skipped, with the variable that turns it on, rather than passing without doing anything.</summary>
public sealed class EnvFactAttribute : FactAttribute
{
    public EnvFactAttribute(string variable, string purpose)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)))
            Skip = $"{purpose}: set {variable} to run it (not part of the default run).";
    }
}
