using System.Collections.Frozen;

namespace Briefing.Core.Extraction.Lexicons;

internal enum Gender : byte { Unknown, Male, Female, Plural }

internal static partial class Lexicon
{
    /// <summary>Words that make a capitalised run a role rather than a name ("Defense Secretary", "Sen.").</summary>
    private static readonly WordSet Titles = Set("""
        President President-elect Vice Secretary Secretary-General Senator Sen. Sens. Rep. Reps. Representative
        Congressman Congresswoman Gov. Governor Lt. Lieutenant Mayor Minister Prime Chancellor Spokesman Spokeswoman
        Spokesperson Chairman Chairwoman Chair Director Judge Justice General Gen. Adm. Admiral Col. Colonel Sgt.
        Sergeant Capt. Captain Maj. Major Cmdr. Commander Mr. Mrs. Ms. Miss Dr. Prof. Professor Speaker Leader
        Ambassador Attorney Attorney-General CEO Chief Commissioner Pope King Queen Prince Princess Sheriff Rev.
        Reverend Officer Candidate Nominee Adviser Advisor Aide Deputy Envoy Premier Delegate Sheikh Ayatollah Lady Lord
        Sir Dame Former Chairperson Administrator Counselor Counsel Treasurer Comptroller Auditor Superintendent
        Councilman Councilwoman Councilmember Assemblyman Assemblywoman Whip Minority Majority Press Strategist Pastor
        Bishop Cardinal Rabbi Imam Founder Co-founder President-Elect Emir Crown Foreign Defense Treasury State Homeland
        Interior Commerce Labor Energy Health Education Agriculture Transportation Sec. Gov Sen Rep Dr Mr Mrs Ms
        Councillor Councilor Engineer Inspector Detective Constable Alderman Magistrate Economist Analyst
        """);

    /// <summary>Role words that, together with a modifier, may stand alone for a known person ("the secretary").</summary>
    private static readonly WordSet CoreTitles = Set("""
        President Secretary Secretary-General Senator Sen. Rep. Representative Congressman Congresswoman Gov. Governor
        Mayor Minister Chancellor Spokesman Spokeswoman Spokesperson Chairman Chairwoman Chair Director Judge Justice
        General Gen. Adm. Admiral Col. Colonel Speaker Leader Ambassador Attorney CEO Chief Commissioner Pope King Queen
        Prince Princess Sheriff Officer Candidate Nominee Adviser Advisor Aide Deputy Envoy Premier Emir Mr. Mrs. Ms. Dr.
        Miss Prof. Professor Lt. Sgt. Capt. Maj. Cmdr. Rev. Sir Lady Lord Dame Pastor Bishop Rabbi Strategist
        """);

    private static readonly WordSet MaleTitles = Set("Mr. Mr Congressman Spokesman Chairman King Prince Sir Lord Councilman Assemblyman Father Brother");
    private static readonly WordSet FemaleTitles = Set("Mrs. Mrs Ms. Ms Miss Congresswoman Spokeswoman Chairwoman Queen Princess Lady Dame Councilwoman Assemblywoman Sister Madam");

    public static bool IsTitle(ReadOnlySpan<char> word) => Has(Titles, word);
    public static bool IsCoreTitle(ReadOnlySpan<char> word) => Has(CoreTitles, word);

    public static Gender TitleGender(ReadOnlySpan<char> word) =>
        Has(MaleTitles, word) ? Gender.Male : Has(FemaleTitles, word) ? Gender.Female : Gender.Unknown;

    /// <summary>Last words of organisation names.</summary>
    private static readonly WordSet OrganisationWords = Set("""
        Party Department Ministry Commission Committee University College Institute Council Agency Administration
        Organization Organisation Association Foundation Bureau Court Congress Senate House Pentagon Kremlin Times Post
        News Journal Press Network Corporation Inc. Corp. Co. Group Campaign Center Centre Union Alliance Fund Bank
        Service Office Board Caucus PAC Reuters Coalition Federation Authority Command Army Navy Force Guard Police Club
        League Society Tribune Herald Gazette Magazine Review Channel Trust Parliament Cabinet Government Company
        Companies Airlines Motors Industries Partners Capital Holdings Institution Inc Corp Ltd LLC Network Networks
        Observatory Commission School Academy Hospital Church Movement Front Coalition Assembly Duma Knesset Bundestag
        Reuters Bloomberg CNN BBC Politico Breitbart Fox NPR CBS NBC ABC MSNBC Twitter Facebook Google Microsoft Apple
        Amazon Secretariat Inquirer Chronicle Daily Weekly Monitor Telegraph Guardian Economist Atlantic Hill Axios
        """);

    public static bool IsOrganisationWord(ReadOnlySpan<char> word) => Has(OrganisationWords, word);

    /// <summary>Lower-case heads of noun phrases that can speak: people, groups, institutions and documents.</summary>
    private static readonly WordSet SpeakerNouns = Set("""
        spokesman spokeswoman spokesperson spokespeople official officials aide aides adviser advisers advisor advisors
        analyst analysts expert experts source sources people voters supporters critics lawmakers leaders leader members
        member residents observers economists strategists candidate candidates president secretary senator senators
        governor governors mayor minister ministers chairman chairwoman director campaign administration government
        company report poll polls survey surveys study studies statement newspaper network agency department ministry
        committee group organization party officer officers police prosecutors investigators researchers scientists
        authors author writer columnist editorial reporters reporter friends allies opponents rivals donors activists
        protesters diplomats executives employees staff staffers team lawyer lawyers attorney attorneys judge court
        doctor doctors professor historian pollster pollsters data documents records filings emails memo letter book
        article ad video website site story commentator commentators host anchor woman man women men mother father wife
        husband son daughter family nominee rival opponent incumbent challenger speaker everyone anyone nobody others
        organizers organisers administration's democrats republicans americans
        conservatives liberals progressives evangelicals delegates delegate representatives representative congressman
        congresswoman senator spokesperson manager chief ceo founder president-elect pundits pundit critic supporter
        backers voter resident worker workers parents students student teachers teacher veterans veteran soldiers
        soldier generals general commander commanders military army intelligence agencies groups firms firm bank banks
        economist strategist consultant consultants operatives operative insiders insider aide's colleagues colleague
        partner partners friend ally opponent player players fans fan figures polling numbers results findings filing
        document release memo indictment complaint lawsuit suit ruling decision order law bill measure proposal plan
        platform resolution letter ads commercial tweet tweets post posts message messages transcript transcripts
        paper papers magazine outlet outlets press media kremlin pentagon office offices board council commission panel
        authorities regime military
        crowd crowds audience audiences establishment campaigns politicians advocates advocate parties businessman
        businesswoman front-runner frontrunner executive executives networks employee organizations camp community
        activist leadership analysis mogul tycoon billionaire movement attendees person actor actress staffer diplomat
        account neurosurgeon narrator journalist journalists star electorate superdelegates speechwriter backer
        moderator moderators hopefuls contenders legislature organizer independents guy lawmaker legislator legislators
        candidate's entrepreneur developer surgeon businessmen officer announcer clip spot commercial sign banner
        poster ruling indictment editorial user users commenter commenters blogger bloggers publication justice prince pastor bishop sheriff envoy ambassador chancellor
        reports statistics figures numbers results
        """);

    public static bool IsSpeakerNoun(ReadOnlySpan<char> word) => Has(SpeakerNouns, word);

    private static readonly WordMap<Gender> Pronouns = new(new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase)
    {
        ["he"] = Gender.Male, ["she"] = Gender.Female, ["they"] = Gender.Plural, ["it"] = Gender.Plural,
        ["we"] = Gender.Plural, ["who"] = Gender.Unknown, ["i"] = Gender.Unknown, ["you"] = Gender.Unknown,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));

    /// <summary>Subject pronouns that can be the source of a cue ("he said", "who said").</summary>
    public static bool IsSubjectPronoun(ReadOnlySpan<char> word, out Gender gender) =>
        Pronouns.TryGetValue(word, out gender);
}
