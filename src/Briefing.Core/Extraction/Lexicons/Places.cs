using System.Collections.Frozen;

namespace Briefing.Core.Extraction.Lexicons;

internal static partial class Lexicon
{
    /// <summary>Demonyms and their places, so "Russian Foreign Minister Jane Roe" gets Affiliation = "Russia".</summary>
    private static readonly WordMap<string> Demonyms = new(Pairs("""
        Russian=Russia Ukrainian=Ukraine American=United States Chinese=China British=United Kingdom French=France
        German=Germany Israeli=Israel Iranian=Iran Syrian=Syria Mexican=Mexico Canadian=Canada Japanese=Japan
        Indian=India Turkish=Turkey Saudi=Saudi Arabia Iraqi=Iraq Afghan=Afghanistan Pakistani=Pakistan Cuban=Cuba
        Palestinian=Palestine Egyptian=Egypt Italian=Italy Spanish=Spain Polish=Poland Korean=Korea European=European Union
        Brazilian=Brazil Venezuelan=Venezuela Australian=Australia Hungarian=Hungary Belarusian=Belarus Lebanese=Lebanon
        Jordanian=Jordan Qatari=Qatar Emirati=United Arab Emirates Nigerian=Nigeria Kenyan=Kenya Dutch=Netherlands
        Swedish=Sweden Finnish=Finland Norwegian=Norway Danish=Denmark Greek=Greece Irish=Ireland Scottish=Scotland
        Libyan=Libya Yemeni=Yemen Taiwanese=Taiwan Vietnamese=Vietnam Filipino=Philippines Colombian=Colombia
        Argentine=Argentina Chilean=Chile Peruvian=Peru Belgian=Belgium Austrian=Austria Swiss=Switzerland
        Czech=Czech Republic Romanian=Romania Bulgarian=Bulgaria Serbian=Serbia Croatian=Croatia Georgian=Georgia
        Armenian=Armenia Azerbaijani=Azerbaijan Kazakh=Kazakhstan Estonian=Estonia Latvian=Latvia Lithuanian=Lithuania
        Moldovan=Moldova Slovak=Slovakia Portuguese=Portugal Moroccan=Morocco Algerian=Algeria Tunisian=Tunisia
        Ethiopian=Ethiopia Somali=Somalia Sudanese=Sudan Indonesian=Indonesia Malaysian=Malaysia Thai=Thailand
        Haitian=Haiti Nicaraguan=Nicaragua Salvadoran=El Salvador Guatemalan=Guatemala Honduran=Honduras
        """));

    /// <summary>Countries, blocs, US states and capitals: capitalised runs that are places, not people.</summary>
    private static readonly WordSet Places = Set("""
        Russia Ukraine America China Britain England France Germany Israel Iran Syria Mexico Canada Japan India Turkey
        Iraq Afghanistan Pakistan Cuba Palestine Gaza Egypt Italy Spain Poland Korea Brazil Venezuela Australia Hungary
        Belarus Lebanon Jordan Qatar Nigeria Kenya Netherlands Sweden Finland Norway Denmark Greece Ireland Scotland
        Libya Yemen Taiwan Vietnam Philippines Colombia Argentina Chile Peru Belgium Austria Switzerland Romania Bulgaria
        Serbia Croatia Georgia Armenia Azerbaijan Kazakhstan Estonia Latvia Lithuania Moldova Slovakia Portugal Morocco
        Algeria Tunisia Ethiopia Somalia Sudan Indonesia Malaysia Thailand Haiti Nicaragua Honduras Guatemala Europe Asia
        Africa Crimea Donbas Kyiv Kiev Moscow Beijing London Paris Berlin Brussels Washington Tehran Jerusalem Damascus
        Baghdad Kabul Havana Ottawa Tokyo Seoul Pyongyang Warsaw Vienna Rome Madrid Geneva Munich Davos Alabama Alaska
        Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana Iowa Kansas
        Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada
        Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming Chicago Boston
        Philadelphia Atlanta Miami Denver Detroit Cleveland Houston Dallas Phoenix Seattle Baltimore Manhattan Brooklyn
        Iowa Mosul Aleppo Raqqa Kurdistan Balkans Caucasus Mideast
        """);

    private static readonly WordSet MultiWordPlaces = Set("""
        United_States United_Kingdom New_York New_Hampshire New_Jersey New_Mexico North_Carolina South_Carolina
        North_Dakota South_Dakota West_Virginia Rhode_Island Saudi_Arabia North_Korea South_Korea European_Union
        Middle_East Los_Angeles San_Francisco Las_Vegas Salt_Lake_City Washington_D.C. United_Arab_Emirates
        Soviet_Union Hong_Kong
        """.Replace('_', '\u00a0'));

    public static bool IsPlace(string name) =>
        Places.Contains(name) || MultiWordPlaces.Contains(name.Replace(' ', '\u00a0')) || name is "U.S." or "US" or "U.K." or "UK" or "EU";

    public static bool TryDemonym(ReadOnlySpan<char> word, out string place) =>
        Demonyms.TryGetValue(word, out place);

    /// <summary>Canonical names for short forms that stand for a place.</summary>
    public static string CanonicalPlace(string name) => name switch
    {
        "U.S." or "US" or "America" => "United States",
        "U.K." or "UK" or "Britain" => "United Kingdom",
        "Kiev" => "Kyiv",
        "EU" => "European Union",
        _ => name,
    };

    private static FrozenDictionary<string, string> Pairs(string spec)
    {
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? key = null;
        var value = new List<string>();
        foreach (var part in spec.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=');
            if (eq > 0)
            {
                if (key is not null)
                {
                    d[key] = string.Join(' ', value);
                }
                key = part[..eq];
                value.Clear();
                value.Add(part[(eq + 1)..]);
            }
            else
            {
                value.Add(part);
            }
        }
        if (key is not null)
        {
            d[key] = string.Join(' ', value);
        }
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
