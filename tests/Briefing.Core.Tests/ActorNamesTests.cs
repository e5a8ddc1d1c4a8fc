using Briefing.Core.Extraction.Actors;

namespace Briefing.Core.Tests;

public sealed class ActorNamesTests
{
    [Theory]
    [InlineData("Mara Quillfeather", "mara quillfeather")]
    [InlineData("  MÁRA   Quillfeather’s ", "mara quillfeather")]
    [InlineData("O'Brannock", "obrannock")]
    [InlineData("U.S.", "us")]
    public void Normalize_folds_case_accents_and_punctuation(string input, string expected) =>
        Assert.Equal(expected, ActorNames.Normalize(input));

    [Theory]
    [InlineData("Mara Quillfeather", "Quillfeather", true)]
    [InlineData("Mara Quillfeather", "mara quillfeather", true)]
    [InlineData("Odile Brannockk", "Odile Brannock", true)]
    [InlineData("Mara Quillfeather", "Odo Quillfeather", false)]
    [InlineData("Pim Sorrow", "Pim Sorrew", false)]
    [InlineData("Mara Quillfeather", "Tamsin Oakhollow", false)]
    public void LikelySame_is_conservative(string a, string b, bool expected) =>
        Assert.Equal(expected, ActorNames.LikelySame(a, b));

    [Fact]
    public void LikelySame_needs_person_kinds_for_surname_matches() =>
        Assert.False(ActorNames.LikelySame("Veltria Harbour Board", "Board", samePersonKind: false));
}
