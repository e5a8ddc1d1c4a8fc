using System.Collections.Frozen;

namespace Briefing.Core.Extraction.Lexicons;

internal static partial class Lexicon
{
    // Common given names by the gender they usually signal; used only to agree pronouns, never to invent facts.
    private static readonly FrozenSet<string> MaleNames = Set("""
        James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
        Donald Steven Steve Paul Andrew Joshua Josh Kenneth Kevin Brian George Timothy Tim Ronald Edward Jason Jeffrey
        Jeff Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Ben Samuel Gregory
        Frank Alexander Raymond Patrick Jack Dennis Jerry Tyler Aaron Jose Adam Henry Nathan Douglas Zachary Peter Pete
        Kyle Walter Ethan Jeremy Harold Keith Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse
        Dylan Bryan Joe Jordan Billy Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent
        Russell Elijah Louis Bobby Philip Phil Johnny Bill Bernie Ted Marco Jeb Chris Mike Rand Newt Rick Ben Barack
        Joe Lindsey Mitch Harry Chuck Reince Corey Rudy Vladimir Volodymyr Emmanuel Boris Xi Benjamin Recep
        Bashar Kim Shinzo Justin Olaf Keir Rishi Narendra Jair Viktor Sergei Sergey Dmitry Dmitri Alexei Mohammed
        Muhammad Ali Hassan Abdul Ahmed Omar Jim Tom Dan Dave Bob Rob Ron Don Ken Greg Doug Sam Nick Matt Tony Jon Andy
        Al Pat Hugh Ian Neil Colin Gordon Tony Howard Lloyd Leon Marcus Martin Max Oscar Victor Hector Carlos Luis Jorge
        Antonio Francisco Miguel Pedro Rafael Ricardo Fernando Manuel Mario Sergio Roberto Eduardo Alejandro Hunter
        Beau Rex Jared Stephen Tucker Sean Lou Hank Herman Jesse Reid Jay Lee Newt Mitt Ray Rod Kurt Mark Chad
        Brad Todd Troy Craig Glenn Dean Dale Earl Ross Lance Kirk Clint Cory Franklin Lyndon Dwight Ronald Ulysses Abraham
        Reince Stephen Anthony Hakeem Lindsey Marco Tim Kevin Elon Mark Xavier Javier Yuri Igor Ivan Oleg Andriy Petro
        Mark Pete Scott Dmytro Oleksandr Mykola Jens Josep Charles Emmanuel Friedrich Donald Marco JD
        """);

    private static readonly FrozenSet<string> FemaleNames = Set("""
        Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley
        Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia
        Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Kate Christine Debra Rachel
        Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren
        Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice
        Jean Alice Madison Doris Abigail Julia Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie
        Diana Brittany Natalie Isabella Charlotte Rose Alexis Kayla Hillary Huma Ivanka Melania Michelle Nikki Sarah
        Elizabeth Kamala Nancy Condoleezza Madeleine Carly Kellyanne Hope Jill Chelsea Tulsi Marsha Kirsten Amy Maxine
        Debbie Donna Claire Heidi Tammy Lisa Susan Dianne Barbara Patty Mazie Tammy Jeanne Maggie Stacey Ilhan Alexandria
        Rashida Ayanna Liz Kristi Sonia Ruth Elena Sandra Hope Sheryl Meg Oprah Angela Theresa Marine Ursula Giorgia
        Jacinda Julia Sanna Kaja Annalena Yulia Ludmila Svetlana Irina Olena Tatiana Natalia Ekaterina Valentina Monica
        Karine Jen Dana Jen Kristen Katie Kathy Cathy Becky Peggy Sally Wendy Molly Holly Paula Carla Tina Gina Erin
        Eva Ivana Ana Lucia Carmen Rosa Gabriela Sofia Veronica Beth Ellen Eleanor Abby Leslie Robin Gail Lynn Anne
        Stephanie Katrina Sharon Tamara Samantha Jane Joanna Kristina Kristin Nina Paige Sue Sylvia Vanessa Yvonne
        """);

    public static Gender FirstNameGender(ReadOnlySpan<char> word) =>
        Has(MaleNames, word) ? Gender.Male : Has(FemaleNames, word) ? Gender.Female : Gender.Unknown;

    public static bool IsKnownFirstName(ReadOnlySpan<char> word) => Has(MaleNames, word) || Has(FemaleNames, word);
}
