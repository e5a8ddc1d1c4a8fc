using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;
using Briefing.Core.Watchlists;

namespace Briefing.Core.Extraction.Actors;

/// <summary>Recognises the actors of one article from capitalised runs (titles, demonyms, organisation words,
/// places, given names) and links later short forms (surnames, acronyms) to them.</summary>
internal sealed class ActorTable
{
    private readonly Document _doc;
    private readonly WatchIndex _watch;
    private readonly Dictionary<string, ActorBuilder> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorBuilder> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _localAlias = new(StringComparer.Ordinal);
    /// <summary>Per paragraph: a title-case line, whose capitals name only known actors (null when the rule is off).</summary>
    private readonly bool[]? _titleCase;

    /// <summary>The title-case lines found for TitleCaseLinesNameKnownActorsOnly (null when that rule is off), so that
    /// the attributor does not find them twice.</summary>
    internal bool[]? TitleCaseParagraphs => _titleCase;
    /// <summary>Normalised name or surname → the full name the article's other lines use ("vell" → "Ann Vell").</summary>
    private readonly Dictionary<string, string> _bodyNames = new(StringComparer.Ordinal);

    public List<ActorBuilder> Actors { get; } = [];
    /// <summary>The actor each token names (-1 when none): both the role and the name part of a run.</summary>
    public int[] TokenActor { get; }
    /// <summary>Token index → start token of the run the token belongs to (for "whole mention" spans).</summary>
    public int[] RunStart { get; }
    public int[] RunEnd { get; }

    /// <param name="onlyKnownInTitleCase">TitleCaseLinesNameKnownActorsOnly: in a title-case line (see
    /// <see cref="TitleCaseLines"/>) a capitalised run names only the parts the watch-list, the place lexicon or the
    /// article's other lines also know.</param>
    public ActorTable(Document doc, WatchIndex watch, bool[] skipParagraph, bool onlyKnownInTitleCase = true)
    {
        _doc = doc;
        _watch = watch;
        TokenActor = new int[doc.Tokens.Count];
        RunStart = new int[doc.Tokens.Count];
        RunEnd = new int[doc.Tokens.Count];
        Array.Fill(TokenActor, -1);
        Array.Fill(RunStart, -1);
        var runs = CollectRuns(skipParagraph);
        if (onlyKnownInTitleCase)
        {
            _titleCase = TitleCaseLines.Find(doc, skipParagraph);
            runs = KnownPartsInTitleCaseLines(runs, _titleCase);
        }
        var singles = new List<NameRun>();
        foreach (var run in runs)
        {
            // "the Iraq War", "the Affordable Care Act": an event or a law, not an actor.
            if (!run.HasTitle && Lexicon.IsEventWord(NameRun.Clean(_doc.Word(run.Last - 1))) && _watch.Lookup(run.Name) is null)
            {
                continue;
            }
            if (run.Last - run.NameFirst >= 2 || run.HasTitle || IsOrgOrPlace(run))
            {
                Register(run, allowCreate: true);
            }
            else
            {
                singles.Add(run);
            }
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var run in singles)
        {
            counts[run.Name] = counts.GetValueOrDefault(run.Name) + 1;
        }
        foreach (var run in singles)
        {
            // "Officials said", "Critics say": a capitalised common noun opening a sentence describes, it names no one.
            if (Lexicon.IsSpeakerNoun(run.Name) && run.Last - run.First == 1 || IsRoleObject(run))
            {
                continue;
            }
            Register(run, allowCreate: counts[run.Name] >= 2 || NextToCue(run));
        }
    }

    public ActorBuilder? Find(string name) =>
        _byName.GetValueOrDefault(ActorNames.Normalize(name)) ?? _bySurname.GetValueOrDefault(ActorNames.Normalize(name));

    /// <summary>Creates (or finds) a person for a capitalised word that turned out to be a speaker.</summary>
    public ActorBuilder? Speaker(int first, int last)
    {
        var run = _titleCase is not null && _titleCase[_doc.Tokens[first].Paragraph] ? KnownTail(first, last) : NameRun.Parse(_doc, first, last);
        if (run is null || run.Value.Last - run.Value.First == 1 && Lexicon.IsSpeakerNoun(run.Value.Name))
        {
            return null;
        }
        var a = Register(run.Value, allowCreate: true);
        return a;
    }

    private bool IsOrgOrPlace(NameRun run)
    {
        for (var t = run.NameFirst; t < run.Last; t++)
        {
            if (Lexicon.IsOrganisationWord(NameRun.Clean(_doc.Word(t))))
            {
                return true;
            }
        }
        return run.Based || ActorContext.OrganisationCueAfter(_doc, run.Last - 1, run.Last) || NameRun.IsAcronym(run.Name) || Lexicon.IsPlace(run.Name) || _watch.Lookup(run.Name) is not null;
    }

    /// <summary>"the former secretary of State": a title word after "of" completes a lower-case role; it names no one.</summary>
    private bool IsRoleObject(NameRun run) =>
        run.Last - run.First == 1 && Lexicon.IsTitle(run.Name) && run.First >= 2 && _doc.WordIs(run.First - 1, "of")
        && Lexicon.IsTitle(_doc.Word(run.First - 2));

    private bool NextToCue(NameRun run)
    {
        var after = run.Last < _doc.Tokens.Count ? Lexicon.CueOf(_doc.Word(run.Last)) : CueFlags.None;
        var before = run.First > 0 ? Lexicon.CueOf(_doc.Word(run.First - 1)) : CueFlags.None;
        return after != CueFlags.None || (before & CueFlags.Speech) != 0;
    }

    /// <summary>The actor a name run mentions, found by name, surname or a near spelling of it, or (when
    /// <paramref name="allowCreate"/>) created; its tokens are marked as that actor's mention. Null when no actor fits
    /// and none may be created.</summary>
    private ActorBuilder? Register(NameRun run, bool allowCreate)
    {
        var (canonical, kind, name) = Canonical(run);
        var watched = _watch.Lookup(name);
        var key = ActorNames.Normalize(watched?.Name ?? name);
        if (!_byName.TryGetValue(key, out var actor))
        {
            actor = KnownUnderAnotherName(canonical, name, key, kind) ?? (allowCreate ? Create(watched, name, kind) : null);
            if (actor is null)
            {
                return null;
            }
            _byName[key] = actor;
        }
        RecordMention(actor, canonical, name);
        return actor;
    }

    /// <summary>The run with the name it stands for (an acronym the article spells out, a demonym's place), its kind,
    /// and the name to register (a place in its canonical form).</summary>
    private (NameRun Run, ActorKind Kind, string Name) Canonical(NameRun run)
    {
        var fromAcronym = _localAlias.TryGetValue(run.Name, out var full) && NameRun.IsAcronym(run.Name);
        if (fromAcronym)
        {
            run = run with { Name = full! };
        }
        if (run.Last - run.NameFirst == 1 && Lexicon.TryDemonym(run.Name, out var demonymPlace))
        {
            // "the Russian side" mentions Russia; a demonym is never a person's name.
            run = run with { Name = demonymPlace };
        }
        var kind = Classify(run);
        // "FBI" met before "Federal Bureau of Investigation (FBI)": an acronym an article spells out is an organisation.
        if (fromAcronym && kind == ActorKind.Person)
        {
            kind = ActorKind.Organization;
        }
        return (run, kind, kind == ActorKind.Place ? Lexicon.CanonicalPlace(run.Name) : run.Name);
    }

    /// <summary>A person met before under a fuller name ("Roe" after "Jane Roe") or a surname spelled nearly alike.</summary>
    private ActorBuilder? KnownUnderAnotherName(NameRun run, string name, string key, ActorKind kind)
    {
        if (kind == ActorKind.Person && _bySurname.TryGetValue(ActorNames.Normalize(LastWord(run.Name)), out var bySur)
            && (run.Last - run.NameFirst == 1 || ActorNames.LikelySame(bySur.Name, name)))
        {
            return bySur;
        }
        return run.Last - run.NameFirst == 1 ? FindFuzzySurname(key) : null;
    }

    private ActorBuilder Create(WatchedActor? watched, string name, ActorKind kind)
    {
        var actor = new ActorBuilder(Actors.Count, watched?.Name ?? name, watched?.Kind ?? kind);
        if (watched is not null)
        {
            actor.Watched = true;
            actor.Role = watched.Role;
            actor.Affiliation = watched.Affiliation;
            foreach (var alias in watched.Aliases)
            {
                actor.AddAlias(alias);
            }
        }
        Actors.Add(actor);
        return actor;
    }

    /// <summary>What this mention adds to the actor (another name, acronyms, role, affiliation, gender, surnames) and
    /// its tokens marked as the actor's.</summary>
    private void RecordMention(ActorBuilder actor, NameRun run, string name)
    {
        if (name != actor.Name)
        {
            actor.AddAlias(name);
        }
        foreach (var (acronym, target) in _localAlias)
        {
            if (target == name)
            {
                actor.AddAlias(acronym);
            }
        }
        actor.Role ??= run.Role;
        actor.Affiliation ??= run.Affiliation;
        if (actor.Gender == Gender.Unknown)
        {
            actor.Gender = run.Gender;
        }
        if (actor.Kind == ActorKind.Person)
        {
            _bySurname.TryAdd(ActorNames.Normalize(actor.Surname), actor);
            _bySurname.TryAdd(ActorNames.Normalize(LastWord(name)), actor);
        }
        var nameEnd = _doc.Tokens[run.Last - 1].End;
        actor.Mentions.Add(new TextSpan(_doc.Tokens[run.First].Start, nameEnd));
        for (var t = run.First; t < run.Last; t++)
        {
            TokenActor[t] = actor.Index;
            RunStart[t] = run.First;
            RunEnd[t] = run.Last;
        }
    }

    /// <summary>The last space-separated word of a name (what <c>Split(' ')[^1]</c> gives, without the array).</summary>
    private static string LastWord(string name) => name[(name.LastIndexOf(' ') + 1)..];

    private ActorBuilder? FindFuzzySurname(string key)
    {
        if (key.Length < 7)
        {
            return null;
        }
        foreach (var (surname, actor) in _bySurname)
        {
            if (surname.Length >= 7 && ActorNames.EditDistanceAtMostOne(surname, key))
            {
                return actor;
            }
        }
        return null;
    }

    private ActorKind Classify(NameRun run)
    {
        if (_watch.Lookup(run.Name) is { } w)
        {
            return w.Kind;
        }
        if (run.Based || !run.HasTitle && ActorContext.OrganisationCueAfter(_doc, run.Last - 1, run.Last))
        {
            return ActorKind.Organization;
        }
        if (run.HasTitle && !IsOrgName(run))
        {
            return ActorKind.Person;
        }
        if (Lexicon.IsPlace(run.Name))
        {
            return ActorKind.Place;
        }
        return IsOrgName(run) ? ActorKind.Organization : ActorKind.Person;
    }

    private bool IsOrgName(NameRun run)
    {
        for (var t = run.NameFirst; t < run.Last; t++)
        {
            if (Lexicon.IsOrganisationWord(NameRun.Clean(_doc.Word(t))))
            {
                return true;
            }
        }
        return NameRun.IsAcronym(run.Name);
    }

    /// <summary>Runs outside title-case lines stay as they are; a run inside one gives way to its longest parts, left
    /// to right, that are known actors: "Senator Vell Backs Levy" keeps "Senator Vell" when another line names Vell.</summary>
    private List<NameRun> KnownPartsInTitleCaseLines(List<NameRun> runs, bool[] titleCase)
    {
        if (Array.IndexOf(titleCase, true) < 0)
        {
            return runs;
        }
        foreach (var run in runs)
        {
            if (titleCase[_doc.Tokens[run.First].Paragraph])
            {
                continue;
            }
            // Only runs that make an actor by themselves vouch for a name: a lone capitalised word ("Islamic",
            // "Coal") in the other lines may open a sentence or modify a noun.
            if (run.Last - run.NameFirst >= 2 || run.HasTitle || IsOrgOrPlace(run))
            {
                // "Ann Vell" in the body lets a headline call her "Vell".
                var name = ActorNames.Normalize(run.Name);
                _bodyNames.TryAdd(name, run.Name);
                _bodyNames.TryAdd(name[(name.LastIndexOf(' ') + 1)..], run.Name);
            }
        }
        var kept = new List<NameRun>(runs.Count);
        foreach (var run in runs)
        {
            if (!titleCase[_doc.Tokens[run.First].Paragraph])
            {
                kept.Add(run);
                continue;
            }
            var from = run.First;
            while (from < run.Last)
            {
                var next = from + 1;
                for (var to = run.Last; to > from; to--)
                {
                    if (NameRun.Parse(_doc, from, to) is { } part && Known(part) is { } known)
                    {
                        kept.Add(known);
                        next = to;
                        break;
                    }
                }
                from = next;
            }
        }
        return kept;
    }

    /// <summary>In a title-case line a speaker is the longest known part ending where the source phrase ends
    /// ("Woman Steps Forward With Ann Vell" → Ann Vell); failing that, the words after the last function word, as a
    /// run elsewhere would stop there ("Clerk Steps Forward With Harbour Claim" → "Harbour Claim"). Dropping the
    /// speaker instead loses the headline's statement (train direct −3 tp).</summary>
    private NameRun? KnownTail(int first, int last)
    {
        for (var from = first; from < last; from++)
        {
            if (NameRun.Parse(_doc, from, last) is { } part && Known(part) is { } known)
            {
                return known;
            }
        }
        var start = first;
        for (var t = first; t < last; t++)
        {
            if (Lexicon.IsCapitalisedNonName(_doc.Word(t)))
            {
                start = t + 1;
            }
        }
        return NameRun.Parse(_doc, start, last);
    }

    /// <summary>The part as the article knows it: by the watch-list or the place lexicon as it stands, by the other
    /// lines under their full name ("Senator Vell" → "Ann Vell", so the headline mention joins her), else null.</summary>
    private NameRun? Known(NameRun part)
    {
        if (_watch.Lookup(part.Name) is not null || Lexicon.IsPlace(part.Name) || !part.Name.Contains(' ') && Lexicon.TryDemonym(part.Name, out _))
        {
            return part;
        }
        return _bodyNames.TryGetValue(ActorNames.Normalize(part.Name), out var full) ? part with { Name = full } : null;
    }

    private List<NameRun> CollectRuns(bool[] skipParagraph)
    {
        var runs = new List<NameRun>();
        var tokens = _doc.Tokens;
        var t = 0;
        while (t < tokens.Count)
        {
            if (!StartsRun(t, skipParagraph))
            {
                t++;
                continue;
            }
            var end = t + 1;
            while (end < tokens.Count && !EndsWithPossessive(end - 1))
            {
                if (ContinuesRun(end, tokens[t].Paragraph))
                {
                    end++;
                }
                else if (_doc.WordIs(end, "of") && ContinuesRun(end + 1, tokens[t].Paragraph) && end - t <= 4)
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }
            if (NameRun.Parse(_doc, t, end) is { } run)
            {
                runs.Add(run);
                // "North Atlantic Treaty Organization (NATO)": the acronym is an alias of the run.
                if (end + 2 < tokens.Count && _doc.IsChar(end, '(') && _doc.IsChar(end + 2, ')') && NameRun.IsAcronym(_doc.Word(end + 1)))
                {
                    _localAlias[_doc.Word(end + 1).ToString()] = run.Name;
                }
            }
            t = end;
        }
        return runs;
    }

    private bool StartsRun(int t, bool[] skipParagraph)
    {
        var tok = _doc.Tokens[t];
        return tok.Kind == TokenKind.Word && tok.Capitalized && !tok.InQuote && !skipParagraph[tok.Paragraph];
    }

    private bool ContinuesRun(int t, int paragraph)
    {
        if (t >= _doc.Tokens.Count)
        {
            return false;
        }
        var tok = _doc.Tokens[t];
        return tok.Kind == TokenKind.Word && tok.Capitalized && !tok.InQuote && tok.Paragraph == paragraph
            && !Lexicon.IsCapitalisedNonName(_doc.Word(t));
    }

    private bool EndsWithPossessive(int t)
    {
        var w = _doc.Word(t);
        return w.Length > 2 && w[^1] == 's' && w[^2] is '\'' or '\u2019';
    }
}
