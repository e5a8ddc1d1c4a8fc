using Briefing.Core.Extraction.Actors;
using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>Who speaks when no source phrase stands right next to the cue: clause subjects, issuers of
/// documents, sources extended up to a quote, and the subject of a clause that embeds a cue-less quote.</summary>
internal sealed partial class Attributor
{
    private static readonly Lexicons.WordSet IssuedDocuments = Lexicon.Set("""
        statement statements letter email emails message tweet note memo release video ad
        """);

    private bool IsIssuedDocument(SourcePhrase p, Sentence sentence) =>
        Lexicon.Has(IssuedDocuments, _doc.Word(p.NameLast - 1)) && p.First > sentence.First
        && _doc.Tokens[p.First - 1].Kind == TokenKind.Word && !_doc.Tokens[p.First - 1].Capitalized
        && _doc.Word(p.First - 1) is var v && v.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>"Jane Roe, a voter, said she wanted …": a pronoun after the cue that goes on into a clause is the
    /// subject of the reported speech, not an inverted source ("“…,” said she.").</summary>
    private bool PronounOpensClause(SourcePhrase right, Sentence sentence) =>
        right.Last - right.First == 1 && Lexicon.IsSubjectPronoun(_doc.Word(right.First), out _)
        && right.Last < sentence.Last && _doc.Tokens[right.Last].Kind == TokenKind.Word;

    /// <summary>"“…,” Democratic candidate Jane Roe said": words the phrase finder stopped at still belong to the
    /// source when a closing quote comes right before them, so the quote stays the content.</summary>
    private SourcePhrase ExtendToQuote(SourcePhrase l, Sentence sentence)
    {
        for (var k = l.First - 1; k >= sentence.First && l.First - k <= 4; k--)
        {
            var tok = _doc.Tokens[k];
            if (tok.Kind == TokenKind.QuoteClose)
            {
                return k + 1 == l.First ? l : l with { First = k + 1 };
            }
            if (tok.Kind != TokenKind.Word || tok.InQuote || Lexicon.CueOf(_doc.Word(k)) != CueFlags.None || Lexicon.Has(NotSourceWords, _doc.Word(k)))
            {
                break;
            }
        }
        return l;
    }

    /// <summary>A short quote with no cue of its own, inside a clause: the clause subject said it.</summary>
    private Draft? EmbeddedQuote(Quotes.QuoteSpan quote)
    {
        var open = FirstTokenAtChar(quote.Start);
        if (open < 0)
        {
            return null;
        }
        var sentence = _doc.Sentences[_sentenceOfToken[open]];
        if ((InOpeningParticiple(open, sentence) ?? LaterClauseSubject(open, sentence) ?? ClauseSubject(open, sentence)) is not { } subject)
        {
            return null;
        }
        return QuoteDraft(_sentenceOfToken[open], subject, quote, null);
    }

    private static readonly Lexicons.WordSet ContrastJoiners = Lexicon.Set("while whereas but");

    /// <summary>EmbeddedQuoteNearestClause: "Roe signed an order, while Poe, a former governor, proposed we “wake up”",
    /// "… is a crusader - in their first debate, Poe cracked, “…”" — a quote in a clause that a contrasting conjunction
    /// after a comma, a semicolon or a dash opened belongs to that clause's subject, not to the sentence's first.</summary>
    private SourcePhrase? LaterClauseSubject(int open, Sentence sentence)
    {
        if (!_rules.Uses(ExtractionRule.EmbeddedQuoteNearestClause))
        {
            return null;
        }
        for (var t = open - 1; t > sentence.First + 1; t--)
        {
            if (_doc.Tokens[t].InQuote)
            {
                continue;
            }
            var boundary = _doc.IsChar(t, ';') || IsDashToken(t) ? t + 1
                : _doc.IsChar(t - 1, ',') && Lexicon.Has(ContrastJoiners, _doc.Word(t)) ? t + 1 : -1;
            if (boundary > 0)
            {
                return boundary < open ? SubjectBetween(boundary, open) : null;
            }
        }
        return null;
    }

    private int FirstTokenAtChar(int position)
    {
        var lo = 0;
        var hi = _doc.Tokens.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_doc.Tokens[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return _doc.Tokens.Count > 0 && _doc.Tokens[lo].Start == position ? lo : -1;
    }
    /// <summary>"Roe, in Ohio, said Tuesday …", "Dean Roe, 55, a salesman from X, Y, says …": when no phrase
    /// stands right before the cue, the subject is the first actor or pronoun of the clause.</summary>
    private SourcePhrase? ClauseSubject(int cue, Sentence sentence)
    {
        var opening = AfterDateline(sentence);
        var start = Math.Max(SubjectSearchStart(cue, sentence), opening);
        var found = SubjectBetween(start, cue) ?? (start > opening ? SubjectBetween(opening, start) : null);
        // PhraseSubjectBeforeVerb: "Several groups granted Roe an extension, saying …" — the name is the object.
        return PhraseBeforeVerb(start, cue) is { } phrase && SameClause(phrase, found, cue) ? phrase : found;
    }

    /// <summary>"…, when Poe's supporters interrupted her, shouting …": a participle's subject is that of the nearest
    /// clause, so a subordinate clause opened after a comma is searched first.</summary>
    private SourcePhrase? ParticipleSubject(int cue, Sentence sentence)
    {
        for (var t = cue - 2; t > sentence.First; t--)
        {
            if (_doc.IsChar(t - 1, ',') && !_doc.Tokens[t].InQuote && Lexicon.Has(Subordinators, _doc.Word(t)))
            {
                return SubjectBetween(t + 1, cue) ?? ClauseSubject(cue, sentence);
            }
        }
        return ClauseSubject(cue, sentence);
    }

    /// <summary>"Jane Roe, who was on the slate, told the Courier, “…”": a name opening the sentence and closed by a comma
    /// is the subject of a cue after its appositive, so the phrase after the cue is the listener, not an inverted
    /// source. Only without quotes before the cue ("“…,” said Roe" stays inverted).</summary>
    /// <param name="overQuote">NamedSubjectOverQuotedAppositive: the appositive may hold quotes (the caller checked that
    /// its last one closes right before the cue): "Roe, host of “Harbour Talk,” suggested …".</param>
    private bool NamedSubjectWithAppositive(Cue cue, Sentence sentence, bool overQuote = false)
    {
        if (!_rules.Uses(ExtractionRule.NamedSubjectNotInverted))
        {
            return false;
        }
        var first = _doc.WordIs(sentence.First, "but") || _doc.WordIs(sentence.First, "and") ? sentence.First + 1 : sentence.First;
        if (first >= cue.First || _actors.TokenActor[first] < 0 || _actors.Actors[_actors.TokenActor[first]].Kind == ActorKind.Place || _actors.RunStart[first] != first)
        {
            return false;
        }
        var end = _actors.RunEnd[first];
        if (end >= cue.First - 1 || !_doc.IsChar(end, ','))
        {
            return false;
        }
        for (var t = first; t < cue.First; t++)
        {
            if (!overQuote && (_doc.Tokens[t].InQuote || _doc.Tokens[t].Kind is TokenKind.QuoteOpen or TokenKind.QuoteClose))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The phrase is a lower-case noun phrase right after a past-tense verb or "to": the object of a clause.</summary>
    private bool IsObjectOfVerb(SourcePhrase p, Sentence sentence)
    {
        var before = p.First - 1;
        if (before < sentence.First || _doc.Tokens[p.First].Capitalized || _doc.Tokens[before].Kind != TokenKind.Word || _doc.Tokens[before].Capitalized
            || _doc.Tokens[p.First].InQuote || Lexicon.IsSubjectPronoun(_doc.Word(p.First), out _))
        {
            return false;
        }
        var w = _doc.Word(before);
        return w.Length >= 4 && w.EndsWith("ed", StringComparison.Ordinal) || Lexicon.Has(ObjectGovernors, w);
    }

    private static readonly Lexicons.WordSet ObjectGovernors = Lexicon.Set("to sent put gave made held took wrote told");

    private static readonly Lexicons.WordSet Subordinators = Lexicon.Set("when as while after before because since where");

    private SourcePhrase? SubjectBetween(int from, int cue)
    {
        if (_rules.Uses(ExtractionRule.DeterminerSubject) && DeterminerPhrase(from, cue) is { } np)
        {
            return np;
        }
        SourcePhrase? objectOfPreposition = null;
        for (var t = from; t < cue; t++)
        {
            var tok = _doc.Tokens[t];
            if (tok.InQuote || tok.Kind != TokenKind.Word)
            {
                continue;
            }
            // "It was three years ago that …" is no speaker.
            if (Lexicon.IsSubjectPronoun(_doc.Word(t), out _) && !_doc.WordIs(t, "who")
                && !(_doc.WordIs(t, "it") && (_doc.WordIs(t + 1, "was") || _doc.WordIs(t + 1, "is") || _doc.WordIs(t + 1, "would"))))
            {
                return new SourcePhrase(t, t + 1, t, t + 1, false);
            }
            if (_actors.TokenActor[t] >= 0 && _actors.Actors[_actors.TokenActor[t]].Kind != ActorKind.Place)
            {
                var first = _actors.RunStart[t];
                var last = _actors.RunEnd[t];
                // "… celebrated the attacks on Twitter: “…”": a name after a preposition is no subject; a later one
                // may be ("In a letter to Poe, Roe wrote"), else it is still the best guess.
                if (_rules.Uses(ExtractionRule.ClauseSubjectFallback) && first > from && Lexicon.Has(ObjectPrepositions, _doc.Word(first - 1)))
                {
                    objectOfPreposition ??= new SourcePhrase(first, last, first, last, false);
                    t = Math.Max(t, last - 1);
                    continue;
                }
                return new SourcePhrase(first, last, first, last, false);
            }
        }
        return objectOfPreposition;
    }

    private static readonly Lexicons.WordSet ObjectPrepositions = Lexicon.Set(
        "on to for with at from of about against into toward towards via over than like");

    /// <summary>"As Roe spoke, the group said …", "In a poll, 75 percent of voters said …": a leading adverbial clause
    /// holds no subject, so the search starts after its comma.</summary>
    private int SubjectSearchStart(int cue, Sentence sentence)
    {
        var first = sentence.First;
        if (_doc.WordIs(first, "and") || _doc.WordIs(first, "but"))
        {
            first++;
        }
        if (first >= cue || !(Lexicon.Has(ClauseOpeners, _doc.Word(first)) || OpensWithParticiple(first)))
        {
            return sentence.First;
        }
        for (var t = first + 1; t < cue; t++)
        {
            // A quoted title may carry the comma inside its marks: "On “Face the Nation,” Roe said".
            if (_doc.IsChar(t, ',') && !_doc.Tokens[t].InQuote
                || _doc.Tokens[t].Kind == TokenKind.QuoteClose && _doc.IsChar(t - 1, ','))
            {
                return t + 1;
            }
        }
        return sentence.First;
    }

    /// <summary>"Sunday on …", "In an interview with …", "Speaking on …": the sentence opens with an adverbial, so a
    /// title quote in it is no content.</summary>
    private bool OpensAdverbial(Sentence sentence)
    {
        var w = _doc.Word(sentence.First);
        return Lexicon.Has(ClauseOpeners, w) || Lexicon.IsTimeWord(w) || w.EndsWith("ing", StringComparison.Ordinal) && _doc.Tokens[sentence.First].Capitalized;
    }

    private static readonly Lexicons.WordSet ClauseOpeners = Lexicon.Set("""
        as while when after before although though if because since once even until unless whereas in on at during
        for with without by from despite amid over under like unlike speaking asked here
        """);

    /// <summary>Whether a cue without a phrase right before it is in verb position. Cue words that are also common
    /// nouns ("states", "attacks", "comments") and words after determiners or prepositions ("his remarks",
    /// "of questions") are nouns far more often than verbs there.</summary>
    private bool VerbPosition(Cue cue, Sentence sentence)
    {
        if (Lexicon.Has(NounLikeCues, _doc.Word(cue.First)))
        {
            return false;
        }
        var t = cue.First - 1;
        if (t < sentence.First)
        {
            return false;
        }
        var tok = _doc.Tokens[t];
        if (tok.Kind == TokenKind.Number)
        {
            return false;
        }
        var w = _doc.Word(t);
        return tok.Kind != TokenKind.Word || !(Lexicon.Has(NounContext, w) || w.EndsWith("'s", StringComparison.OrdinalIgnoreCase)
            || w.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase));
    }

    private static readonly Lexicons.WordSet NounLikeCues = Lexicon.Set("""
        states attacks questions comments remarks rates rating views terms reports charges calls promises claims
        pledged compared backing supporting opposing seeking plans reporting rates posts answers signals estimates
        """);

    private static readonly Lexicons.WordSet NounContext = Lexicon.Set("""
        the a an his her their its our my your this these those of in for on at by from with to about into over
        some many several all any no each every other own two three four five six seven eight nine ten both few
        recent interest terrorist swing first percent
        """);

    private static readonly Lexicons.WordSet SubjectDeterminers = Lexicon.Set("the a an his her their its");

    /// <summary>"The email went on to say, “…”", "Another tweeted, “…”", "Others shouted …": a short phrase of lower-case
    /// words opening the sentence right before the cue is its subject, even with no speaker noun or actor in it.</summary>
    private SourcePhrase? OpeningNounPhrase(Cue cue, Sentence sentence)
    {
        if (!_rules.Uses(ExtractionRule.OpeningNounPhrase))
        {
            return null;
        }
        var first = sentence.First;
        if (_doc.WordIs(first, "and") || _doc.WordIs(first, "but"))
        {
            first++;
        }
        if (first >= cue.First || cue.First - first > 4 || !Lexicon.Has(PhraseOpeners, _doc.Word(first)))
        {
            return null;
        }
        for (var k = first; k < cue.First; k++)
        {
            var tok = _doc.Tokens[k];
            if (tok.Kind != TokenKind.Word || tok.InQuote || k > first && tok.Capitalized || Lexicon.Has(PhraseBreakers, _doc.Word(k)))
            {
                return null;
            }
        }
        return new SourcePhrase(first, cue.First, first, cue.First, false);
    }

    /// <summary>"…, when a young boy shouted, “…”", "… as the heckler yelled: “…”": a lower-case noun phrase right before
    /// the cue, opening its own clause, is the subject — not a name earlier in the sentence.</summary>
    private SourcePhrase? AdjacentNounPhrase(Cue cue, Sentence sentence) =>
        (_rules.Uses(ExtractionRule.AdjacentNounPhrase) ? ShortPhraseBefore(cue, sentence) : null)
        ?? (_rules.Uses(ExtractionRule.ClauseNounPhrase) ? ClauseNounPhrase(cue, sentence) : null)
        ?? BoundedNounPhrase(cue, sentence);

    private SourcePhrase? ShortPhraseBefore(Cue cue, Sentence sentence)
    {
        for (var first = cue.First - 2; first >= sentence.First && cue.First - first <= 4; first--)
        {
            var tok = _doc.Tokens[first];
            if (tok.Kind != TokenKind.Word || tok.InQuote || tok.Capitalized)
            {
                return null;
            }
            if (!Lexicon.Has(PhraseOpeners, _doc.Word(first)))
            {
                continue;
            }
            var boundary = first - 1;
            if (boundary >= sentence.First && !_doc.IsChar(boundary, ',') && !Lexicon.Has(Subordinators, _doc.Word(boundary)))
            {
                return null;
            }
            for (var k = first + 1; k < cue.First; k++)
            {
                if (_doc.Tokens[k].Kind != TokenKind.Word || _doc.Tokens[k].InQuote || _doc.Tokens[k].Capitalized || Lexicon.Has(PhraseBreakers, _doc.Word(k)))
                {
                    return null;
                }
            }
            return new SourcePhrase(first, cue.First, first, cue.First, false);
        }
        return null;
    }

    /// <summary>"While Roe's rating fell, many of his donors think …", "…, while male voters backed Poe": a longer
    /// lower-case noun phrase (quantities, "of", plural heads) between a clause boundary and the cue, auxiliaries and
    /// adverbs skipped, is the subject of the cue's clause — a name in the clause before the boundary is not.</summary>
    private SourcePhrase? ClauseNounPhrase(Cue cue, Sentence sentence)
    {
        var end = cue.First - 1;
        while (end > sentence.First && _doc.Tokens[end].Kind == TokenKind.Word && !_doc.Tokens[end].InQuote
               && (Lexicon.IsVerbAdverb(_doc.Word(end)) || Lexicon.IsAuxiliary(_doc.Word(end)) || Lexicon.Has(Perfect, _doc.Word(end)) || Lexicon.Has(PassiveBe, _doc.Word(end))))
        {
            end--;
        }
        if (end < sentence.First || !IsPhraseWord(end) || !(IsPhraseHead(end) || _doc.Tokens[end].Kind == TokenKind.Number))
        {
            return null;
        }
        for (var first = end; first >= sentence.First && end - first < 8; first--)
        {
            if (!IsPhraseWord(first) && !_doc.WordIs(first, "of"))
            {
                return null;
            }
            var boundary = first - 1;
            var atBoundary = boundary < sentence.First || _doc.IsChar(boundary, ',') || _doc.IsChar(boundary, ';')
                || _rules.Uses(ExtractionRule.DashClauseBoundary) && IsDashToken(boundary) && !_doc.Tokens[boundary].InQuote
                || Lexicon.Has(Subordinators, _doc.Word(boundary)) || _doc.WordIs(boundary, "but") || _doc.WordIs(boundary, "though")
                || _doc.WordIs(boundary, "although") || _doc.WordIs(boundary, "whereas") || Lexicon.Has(RelativeOpeners, _doc.Word(boundary))
                || _doc.WordIs(boundary, "and") && boundary > sentence.First && _doc.IsChar(boundary - 1, ',');
            if (atBoundary && (Lexicon.Has(PhraseOpeners, _doc.Word(first)) || Lexicon.IsQuantity(_doc.Word(first)) || _doc.Tokens[first].Kind == TokenKind.Number
                               || IsPhraseHead(end)))
            {
                return new SourcePhrase(first, end + 1, first, end + 1, false);
            }
        }
        return null;
    }

    // "the plan, which voters rejected", "he said that donors want": after these the clause's own subject follows.
    private static readonly Lexicons.WordSet RelativeOpeners = Lexicon.Set("which whom that");

    private bool IsPhraseWord(int k)
    {
        var tok = _doc.Tokens[k];
        if (tok.InQuote || tok.Capitalized || _doc.IsChar(k, '%'))
        {
            return _doc.IsChar(k, '%');
        }
        return tok.Kind == TokenKind.Number
            || tok.Kind == TokenKind.Word && !Lexicon.Has(PhraseBreakers, _doc.Word(k)) && !Lexicon.Has(ClauseBoundaries, _doc.Word(k))
               && Lexicon.CueOf(_doc.Word(k)) == CueFlags.None && !Lexicon.IsSubjectPronoun(_doc.Word(k), out _);
    }

    private bool IsPhraseHead(int k) =>
        Lexicon.LooksPlural(_doc.Word(k)) || Lexicon.IsSpeakerNoun(_doc.Word(k)) || Lexicon.IsQuantity(_doc.Word(k)) || _doc.IsChar(k, '%');

    private static readonly Lexicons.WordSet PhraseOpeners = Lexicon.Set("the a an his her their its another others one some many most several both");

    // Verbs and auxiliaries mean the phrase is a clause of its own, not a subject ("The plan is said …").
    private static readonly Lexicons.WordSet PhraseBreakers = Lexicon.Set("is was are were be been has have had will would that which who it");

    /// <summary>"His chief aide doubled down on Clinton, saying …", "The retired neurosurgeon has …, saying …": a clause that
    /// opens with a determiner and a speaker noun has that phrase as its subject, even though it names no actor; the
    /// first name further on is an object.</summary>
    private SourcePhrase? DeterminerPhrase(int from, int cue)
    {
        var t = from;
        if (t >= cue || _doc.Tokens[t].Kind != TokenKind.Word || _doc.Tokens[t].InQuote || !Lexicon.Has(SubjectDeterminers, _doc.Word(t)))
        {
            return null;
        }
        for (var k = t + 1; k < cue && k - t <= 3; k++)
        {
            var tok = _doc.Tokens[k];
            if (tok.Kind != TokenKind.Word || tok.InQuote)
            {
                return null;
            }
            if (Lexicon.IsSpeakerNoun(_doc.Word(k)) && !tok.Capitalized)
            {
                // "the campaign of Jane Roe" or "the group's leader": the phrase goes on; leave it to the name finder.
                if (_doc.WordIs(k + 1, "of") && _rules.Uses(ExtractionRule.GroupOfSubject) && GroupOfEnd(k + 1, cue) is var end and > 0)
                {
                    return new SourcePhrase(t, end, t, end, false);
                }
                if (_doc.WordIs(k + 1, "of") || _doc.Word(k).EndsWith("'s", StringComparison.Ordinal) || _doc.Word(k).EndsWith("\u2019s", StringComparison.Ordinal))
                {
                    return null;
                }
                return new SourcePhrase(t, k + 1, t, k + 1, false);
            }
        }
        return null;
    }

    private static readonly Lexicons.WordSet IrregularPasts = Lexicon.Set("""
        sent gave made took met held wrote told said began became went came left brought put set kept ran won lost paid
        led spent sought had has have was were is are will would could can may might
        """);

    private static readonly Lexicons.WordSet SubjectEndingPrepositions = Lexicon.Set("in at from with across");

    /// <summary>GroupOfSubject: "A group of doctors sent a letter to X, calling for …", "the parents of three students
    /// urged …": a speaker noun with an "of" phrase of lower-case words ending in a plural, right before a verb, is the
    /// whole subject — not a name that follows as the verb's object.</summary>
    private int GroupOfEnd(int of, int cue)
    {
        for (var m = of + 1; m < cue && m - of <= 5; m++)
        {
            var tok = _doc.Tokens[m];
            if (tok.Kind != TokenKind.Word || tok.InQuote || tok.Capitalized)
            {
                return -1;
            }
            var w = _doc.Word(m);
            // "A group of doctors in 2015 sent …": a prepositional phrase after the plural ends the subject too.
            if (Lexicon.Has(SubjectEndingPrepositions, w) && m > of + 1 && _doc.Word(m - 1).EndsWith("s", StringComparison.Ordinal))
            {
                return m;
            }
            var verb = w.EndsWith("ed", StringComparison.Ordinal) || Lexicon.Has(IrregularPasts, w) || Lexicon.CueOf(w) != CueFlags.None;
            if (verb)
            {
                return m > of + 1 && _doc.Word(m - 1).EndsWith("s", StringComparison.Ordinal) ? m : -1;
            }
        }
        return -1;
    }

    /// <summary>"the report, which notes, “…”", "its leadership, who, on a press call Friday, criticized …": a relative
    /// pronoun right before the cue, or before a parenthetical between commas, is the source annotators mark; the
    /// resolver still names its antecedent as the speaker.</summary>
    private SourcePhrase? RelativeSubject(Cue cue, Sentence sentence)
    {
        if (!_rules.Uses(ExtractionRule.RelativeSubject))
        {
            return null;
        }
        var j = cue.First - 1;
        if (_doc.IsChar(j, ','))
        {
            var k = j - 1;
            while (k > sentence.First && j - k <= 10 && !_doc.IsChar(k, ',') && !_doc.Tokens[k].InQuote)
            {
                k--;
            }
            if (!_doc.IsChar(k, ',') || k == j - 1)
            {
                return null;
            }
            j = k - 1;
        }
        if (j >= sentence.First && _rules.Uses(ExtractionRule.RelativeOverAuxiliaries) && !(_doc.WordIs(j, "who") || _doc.WordIs(j, "which")))
        {
            j = RelativeBeforeVerbGroup(j, sentence);
        }
        if (j >= sentence.First && _doc.WordIs(j, "that") && !_doc.Tokens[j].InQuote)
        {
            return RelativeThat(j, cue, sentence);
        }
        if (j < sentence.First || _doc.Tokens[j].InQuote || !(_doc.WordIs(j, "who") || _doc.WordIs(j, "which")))
        {
            return null;
        }
        return new SourcePhrase(j, j + 1, j, j + 1, false);
    }

    private static readonly Lexicons.WordSet BeHave = Lexicon.Set("has have had is are was were be been being 's 're ’s ’re");

    /// <summary>RelativeOverAuxiliaries: "Zucker, who has in the past voiced …", "voters who are deeply skeptical of …",
    /// "those who don't want …": a relative pronoun before the auxiliaries and adverbs of the cue's verb group is the
    /// source (its antecedent the speaker), not the name before it. Returns the token before the verb group.</summary>
    private int RelativeBeforeVerbGroup(int j, Sentence sentence)
    {
        var k = j;
        while (k >= sentence.First && j - k < 5 && _doc.Tokens[k].Kind == TokenKind.Word && !_doc.Tokens[k].InQuote
               && (Lexicon.IsAuxiliary(_doc.Word(k)) || Lexicon.IsVerbAdverb(_doc.Word(k)) || Lexicon.Has(BeHave, _doc.Word(k))))
        {
            k--;
        }
        // "who in the past has voiced": a short time phrase of "in the past" shape.
        if (k - 2 >= sentence.First && _doc.WordIs(k, "past") && _doc.WordIs(k - 1, "the") && _doc.WordIs(k - 2, "in"))
        {
            k -= 3;
            while (k >= sentence.First && j - k < 8 && (Lexicon.IsAuxiliary(_doc.Word(k)) || Lexicon.IsVerbAdverb(_doc.Word(k)) || Lexicon.Has(BeHave, _doc.Word(k))))
            {
                k--;
            }
        }
        return k;
    }
}
