using Briefing.Data.Statements;

namespace Briefing.Web.Components.Shared;

public static class QuoteText
{
    private const string QuoteMarks = "“\"«‘'„";

    /// <summary>The words to show: a direct quote extracted without its marks gets curly ones; mixed quotes carry
    /// their own marks inside, and reported speech has none.</summary>
    public static string Display(StatementView statement) =>
        statement.Kind == "direct" && !QuoteMarks.Contains(statement.Text.FirstOrDefault())
            ? $"“{statement.Text}”"
            : statement.Text;
}
