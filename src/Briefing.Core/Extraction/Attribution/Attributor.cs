using Briefing.Core.Extraction.Actors;
using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>Builds statements sentence by sentence: each cue gets a source (left, right, shared with the clause
/// before it) and content (after the cue, or the quote/clause before it), then quotes left without a cue inherit the
/// speaker of the statement before them.</summary>
internal sealed partial class Attributor
{
    private readonly Document _doc;
    private readonly ActorTable _actors;
    private readonly bool[] _skip;
    private readonly SpeakerResolver _resolver;
    private readonly int[] _sentenceOfToken;
    private readonly List<Cue> _cues = [];
    private readonly ExtractorSettings _rules;

    // Clause openers: "“…,” but he said" has its source after them, not before.
    private static readonly Lexicons.WordSet NotSourceWords = Lexicon.Set("""
        that when but though although after before which as and or while because if since who whom where to
        which whose so then what how why for with by from in on at of until unless once whether
        """);

    public List<Draft> Drafts { get; } = [];

    /// <summary>The first content span of every committed draft (content only ever grows at its end).</summary>
    private readonly HashSet<TextSpan> _firstContents = [];

    public Attributor(Document doc, ActorTable actors, bool[] skipParagraph, int[] sentenceOfToken, ExtractorSettings rules)
    {
        _rules = rules;
        _doc = doc;
        _actors = actors;
        _skip = skipParagraph;
        _resolver = new SpeakerResolver(doc, actors, sentenceOfToken, rules);
        _sentenceOfToken = sentenceOfToken;
    }

    /// <summary>Reads every sentence in order (lines attributed by their shape, questions and passives, then each cue's
    /// statement, then statements no cue word opens), then the quotes no statement holds.</summary>
    public void Run(CancellationToken cancellationToken = default)
    {
        var turns = _rules.Uses(ExtractionRule.TranscriptTurns) ? Transcripts.Find(_doc, _skip) : [];
        var turn = 0;
        for (var s = 0; s < _doc.Sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = _doc.Sentences[s];
            if (_skip[sentence.Paragraph] || InTranscriptTurn(turns, ref turn, s, sentence))
            {
                continue;
            }
            _cues.Clear();
            CueFinder.Find(_doc, sentence, _cues, _rules);
            var firstInSentence = Drafts.Count;
            ReadBeforeCues(s, sentence);
            ReadCues(s, sentence, firstInSentence);
            ReadAfterCues(s, sentence, firstInSentence);
        }
        QuoteContinuations.Attach(_doc, Transcripts.SkipForContinuations(_skip, turns), Drafts, _rules,
            new CueLessQuoteReaders(EmbeddedQuote, ColonIntroducedQuote, LeadInSentenceQuote, NamedSubjectAfterQuote, FramedQuote, PassiveNamedQuote));
    }

    /// <summary>Lines that attribute by their shape (a headline colon, a dash signature, a signature paragraph),
    /// questions put to someone, and passives with their agent.</summary>
    private void ReadBeforeCues(int s, Sentence sentence)
    {
        if (((_rules.Uses(ExtractionRule.HeadlineColon) ? Headlines.Colon(_doc, sentence, s, _resolver, _rules.Uses(ExtractionRule.HeadlineColonLoose), _rules.Uses(ExtractionRule.CreditLineIsNoSpeech),
                _rules.Uses(ExtractionRule.HeadlineColonAfterVerb)) : null)
             ?? (_rules.Uses(ExtractionRule.DashSignature) ? Headlines.DashSignature(_doc, sentence, s, _resolver) : null)
             ?? (_rules.Uses(ExtractionRule.SignatureParagraph) ? Headlines.SignatureParagraph(_doc, sentence, s, _resolver) : null)) is { } special)
        {
            Commit(special, nested: false);
        }
        if (_rules.Uses(ExtractionRule.AskedClause))
        {
            AskedClause(s, sentence);
        }
        if (_rules.Uses(ExtractionRule.PassiveAsked))
        {
            PassiveAsked(s, sentence);
        }
        if (_rules.Uses(ExtractionRule.PassiveByAgent))
        {
            PassiveByAgent(s, sentence);
        }
    }

    /// <summary>Each cue's statement; a bare cue verb with none takes the quote before it.</summary>
    private void ReadCues(int s, Sentence sentence, int firstInSentence)
    {
        foreach (var cue in _cues)
        {
            var drafts = Drafts.Count;
            Attribute(cue, s, sentence, firstInSentence);
            if (Drafts.Count == drafts && _rules.Uses(ExtractionRule.QuoteBeforeBareCue) && cue.Form == CueForm.Verb)
            {
                QuoteBeforeBareCue(cue, s, sentence);
            }
        }
    }

    /// <summary>Statements no cue word opens: headlines with a verb, "In a poll …" sources, raising verbs, statement
    /// nouns, hearsay adverbs; then an opening participle split from the statement it opens.</summary>
    private void ReadAfterCues(int s, Sentence sentence, int firstInSentence)
    {
        if (_rules.Uses(ExtractionRule.HeadlineVerb) && Drafts.Count == firstInSentence
            && HeadlineVerbs.Find(_doc, sentence, s, _resolver, _rules.Uses(ExtractionRule.HeadlineProgressive), _rules.Uses(ExtractionRule.HeadlineAdverbVerb)) is { } headline)
        {
            Commit(headline, nested: false);
        }
        if (_rules.Uses(ExtractionRule.TitleCaseLineVerb) && Drafts.Count == firstInSentence && IsTitleCaseLine(sentence.Paragraph)
            && HeadlineVerbs.FindInTitleCaseLine(_doc, sentence, s, _resolver, _rules.Uses(ExtractionRule.HeadlineAdverbVerb)) is { } listHeadline)
        {
            Commit(listHeadline, nested: false);
        }
        if (_rules.Uses(ExtractionRule.InSource))
        {
            InSource(s, sentence, _cues.Count);
        }
        if (_rules.Uses(ExtractionRule.Raising))
        {
            Raising(s, sentence);
        }
        if (_rules.Uses(ExtractionRule.NominalStatement))
        {
            NominalStatements(s, sentence);
        }
        if (_rules.Uses(ExtractionRule.HearsayAdverb))
        {
            HearsayAdverb(s, sentence);
        }
        if (_rules.Uses(ExtractionRule.OpeningParticipleSplit))
        {
            SplitOpeningParticiple(s, sentence, firstInSentence);
        }
    }

    /// <summary>TranscriptTurns: a sentence inside a turn belongs to the turn's statement (committed at its first
    /// sentence) and is read for nothing else. <paramref name="turn"/> is the first turn not yet passed.</summary>
    private bool InTranscriptTurn(List<TranscriptTurn> turns, ref int turn, int s, Sentence sentence)
    {
        while (turn < turns.Count && turns[turn].Content[^1].End <= sentence.Span.Start)
        {
            turn++;
        }
        if (turn == turns.Count || sentence.Paragraph < turns[turn].FirstParagraph)
        {
            return false;
        }
        if (!_firstContents.Contains(turns[turn].Content[0]))
        {
            Commit(Transcripts.Statement(_doc, turns[turn], s, _resolver), nested: false);
        }
        return true;
    }

    private bool[]? _titleCaseLines;

    /// <summary>TitleCaseLineVerb: whether the paragraph is a title-case line (found once per article, on first use).</summary>
    private bool IsTitleCaseLine(int paragraph) =>
        paragraph != 0 && (_titleCaseLines ??= _actors.TitleCaseParagraphs ?? TitleCaseLines.Find(_doc, _skip))[paragraph];

    /// <summary>Whether a token from <paramref name="first"/> to <paramref name="last"/> (inclusive) is a quotation
    /// mark or inside a quote.</summary>
    private bool QuotedBetween(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (_doc.Tokens[k].InQuote || _doc.Tokens[k].Kind is TokenKind.QuoteOpen or TokenKind.QuoteClose)
            {
                return true;
            }
        }
        return false;
    }

    private bool IsPerson(int token) =>
        _actors.TokenActor[token] is var i and >= 0 && _actors.Actors[i].Kind == ActorKind.Person
        || Lexicons.Lexicon.IsSubjectPronoun(_doc.Word(token), out _);

    private Draft? LastDraft => Drafts.Count == 0 ? null : Drafts[^1];

    /// <summary>One cue, through the source rules of the registry in order: the first that finds a source wins.</summary>
    private void Attribute(Cue cue, int s, Sentence sentence, int firstInSentence)
    {
        if (cue.Form == CueForm.AccordingTo)
        {
            if (_rules.Uses(ExtractionRule.AccordingTo))
            {
                AccordingTo(cue, s, sentence);
            }
            return;
        }
        if (IsFrontedParticiple(cue, sentence) || FrontedGerund(cue, s, sentence) || ByGerund(cue, s, sentence, firstInSentence))
        {
            return;
        }
        if (_rules.Uses(ExtractionRule.PassiveByAgent) && ReducedPassive(cue, s, sentence))
        {
            return;
        }
        if (InvertedAttribution(cue, s, sentence))
        {
            return;
        }
        if (_rules.Uses(ExtractionRule.PollRespondentsSource) && PollOfRespondents(cue, sentence) is { } poll)
        {
            LeftAttribution(cue, s, sentence, poll);
            return;
        }
        var found = LeftSource(cue, sentence);
        // An appositive the source rules already read ("what Roe, the treasurer, called") keeps its longer phrase.
        if (_rules.Uses(ExtractionRule.NameBeforeAsideAfterWhat) && NameBeforeAsideAfterWhat(cue, sentence) is { } named && found?.NameFirst != named.NameFirst)
        {
            LeftAttribution(cue, s, sentence, named);
            return;
        }
        if (found is { } left)
        {
            if (!IsQuestionToYou(left, sentence))
            {
                LeftAttribution(cue, s, sentence, left);
            }
        }
        else
        {
            SubjectlessAttribution(cue, s, sentence, firstInSentence);
        }
    }

    /// <summary>InvertedSource: "“…,” said Roe" — after a comma or a closing quote, the source follows the cue.</summary>
    private bool InvertedAttribution(Cue cue, int s, Sentence sentence)
    {
        var before = cue.First - 1;
        var inverted = before >= sentence.First && (_doc.IsChar(before, ',') || _doc.Tokens[before].Kind == TokenKind.QuoteClose);
        // "…, saying it was “…”": a participle never stands before its subject, so "it" is content, not a source.
        // "“…,” Roe, 69, told MSNBC": a subject between the quote and the cue wins over the listener after it.
        var canInvert = inverted && _rules.Uses(ExtractionRule.InvertedSource) && (cue.Flags & CueFlags.Participle) == 0
            && !(_rules.Uses(ExtractionRule.QuoteSubject) && _doc.IsChar(before, ',') && QuoteSubject.Find(_doc, cue.First, sentence.First, _rules.Uses(ExtractionRule.SymbolsInQuoteSubject)) is not null)
            && !(_doc.IsChar(before, ',') && NamedSubjectWithAppositive(cue, sentence))
            && !(_rules.Uses(ExtractionRule.NamedSubjectOverQuotedAppositive) && QuoteClosesOnComma(before) && NamedSubjectWithAppositive(cue, sentence, overQuote: true))
            && !(_rules.Uses(ExtractionRule.CommaInversionNeedsReportVerb) && _doc.IsChar(before, ',') && !InvertsAfterComma(cue, sentence));
        var quoteBefore = before >= sentence.First && (_doc.Tokens[before].Kind == TokenKind.QuoteClose
            || _doc.IsChar(before, ',') && before > sentence.First && _doc.Tokens[before - 1].Kind == TokenKind.QuoteClose);
        // "Jane Roe, an aide, told reporters that …": after a comma, the phrase after "told" is the listener, not a source.
        canInvert &= quoteBefore || (cue.Flags & CueFlags.Object) == 0 || !_rules.Uses(ExtractionRule.ListenerIsNoSource);
        // RoleBeforeName: "…, says political scientist Dora Sattel." — a lower-case role before the name.
        if (canInvert && (SourceFinder.Right(_doc, cue.Last, sentence.Last) ?? (quoteBefore ? SourceFinder.RightLoose(_doc, cue.Last, sentence.Last) ?? QuoteSubject.InvertedAfterQuote(_doc, cue.Last, sentence.Last) : null)
                ?? (_rules.Uses(ExtractionRule.RoleBeforeName) ? SourceFinder.RightRoleAndName(_doc, cue.Last, sentence.Last) : null)) is { } right
            && HasContentBefore(before, sentence)
            // PronounAfterQuoteOpensClause: "Roe, who calls Poe a “crook,” said he doubts …" — a quote before the cue no
            // longer excuses a pronoun that opens the next clause.
            && ((quoteBefore && !_rules.Uses(ExtractionRule.PronounAfterQuoteOpensClause)) || !PronounOpensClause(right, sentence)))
        {
            var d = NewDraft(cue, s, right);
            AddLeftContent(d, before, sentence);
            AddTrailingQuote(d, right.Last, sentence);
            Commit(d, nested: false);
            return true;
        }
        return false;
    }

    /// <summary>QuoteModifiesSourceNoun: "Some in the “Bernie or Bust” crowd suggest …" — a quote after a determiner or a
    /// possessive, closed on a word (no comma or full stop inside) and followed at once by a lower-case source noun,
    /// names that noun's kind: it is part of the subject, not the content.</summary>
    private bool QuoteModifiesNoun(int close, SourcePhrase source)
    {
        if (source.First != close + 1 || _doc.Tokens[source.First].Capitalized || _doc.Tokens[close - 1].Kind != TokenKind.Word
            || Lexicon.IsSubjectPronoun(_doc.Word(source.First), out _) || _doc.WordIs(source.First, "who") || _doc.WordIs(source.First, "which"))
        {
            return false;
        }
        var open = close - 1;
        while (open > 0 && _doc.Tokens[open].Kind != TokenKind.QuoteOpen && close - open < 12)
        {
            open--;
        }
        if (_doc.Tokens[open].Kind != TokenKind.QuoteOpen || open == 0 || _doc.Tokens[open - 1].Kind != TokenKind.Word)
        {
            return false;
        }
        var w = _doc.Word(open - 1);
        return Lexicon.Has(SubjectDeterminers, w) || w.Length > 2 && w[^1] == 's' && w[^2] is '\'' or '\u2019';
    }

    /// <summary>The token is a closing quote whose quote ends on a comma ("“Harbour Talk,”").</summary>
    private bool QuoteClosesOnComma(int token) =>
        token > 0 && _doc.Tokens[token].Kind == TokenKind.QuoteClose && _doc.IsChar(token - 1, ',');

    /// <summary>The phrase before the cue (RelativeSubject, QuoteSubject, ParticipleClauseSubject, IssuedDocument,
    /// ExtendSourceToQuote), or null when none stands there.</summary>
    private SourcePhrase? LeftSource(Cue cue, Sentence sentence)
    {
        var before = cue.First - 1;
        // ProgressiveSubject: "…, and Ann Marsh is promising to …": a participle after a form of "be" is a finite verb; its
        // subject stands before the auxiliary.
        var subjectEnd = _rules.Uses(ExtractionRule.ProgressiveSubject) ? ProgressiveSubject.AuxiliaryBefore(_doc, cue, sentence) : cue.First;
        var left = RelativeSubject(cue, sentence) ?? SourceFinder.Left(_doc, subjectEnd, sentence.First, IsPerson, _rules.Uses(ExtractionRule.ContractedPronounSubject), _rules.Uses(ExtractionRule.ParentheticalPhrase),
            _rules.Uses(ExtractionRule.RoleBeforeName));
        left ??= AsideSubject(cue, sentence);
        // DummyItObject: "Roe made it clear that …" — the subject of "made" speaks, not the placeholder "it".
        left = left is { } placeholder ? DummyItSubject(placeholder, sentence) : null;
        // A quote that closes a clause before the cue bounds the subject: take all of it ("“…,” former aide Jane Roe wrote").
        if (_rules.Uses(ExtractionRule.QuoteSubject) && QuoteSubject.Find(_doc, cue.First, sentence.First, _rules.Uses(ExtractionRule.SymbolsInQuoteSubject)) is { } qs)
        {
            left = left is { } lp ? (qs.First < lp.First ? lp with { First = qs.First } : lp) : qs;
        }
        var participleAfterComma = (cue.Flags & CueFlags.Participle) != 0 && _doc.IsChar(before, ',');
        // "Roe endorsed Poe at Mar-a-Lago, his club, calling him “…”": the phrase before the comma is the object of the
        // main verb; the participle's subject is the clause subject.
        if (left is { } lo && participleAfterComma && _rules.Uses(ExtractionRule.ParticipleClauseSubject) && ParticipleSubject(cue.First, sentence) is { } cs
                 && cs.First < lo.First)
        {
            left = cs;
        }
        // "The town released a statement Wednesday saying …", "sent a text to supporters saying …": a lower-case phrase
        // after a past verb or "to" is an object of the clause; the participle's subject is the clause subject.
        if (left is { } obj && (cue.Flags & CueFlags.Participle) != 0 && _rules.Uses(ExtractionRule.ParticipleClauseSubject) && IsObjectOfVerb(obj, sentence)
            && ClauseSubject(obj.First, sentence) is { } clauseSubject && clauseSubject.Last <= obj.First - 1)
        {
            left = clauseSubject;
        }
        if (left is null)
        {
            return null;
        }
        // "Roe issued a statement saying …": the document is the object of the verb; its subject speaks.
        if ((cue.Flags & CueFlags.Participle) != 0 && _rules.Uses(ExtractionRule.IssuedDocument) && (IsIssuedDocument(left.Value, sentence) || IsIssuedAfterModifiers(left.Value, sentence)) && ClauseSubject(left.Value.First, sentence) is { } issuer)
        {
            left = issuer with { Last = left.Value.Last };
        }
        return _rules.Uses(ExtractionRule.ExtendSourceToQuote) ? ExtendToQuote(ExtendOverModifiers(left.Value, sentence, NothingAfter(cue, sentence)), sentence) : left.Value;
    }

    private bool NothingAfter(Cue cue, Sentence sentence) =>
        ContentFinder.StartAfter(_doc, cue, sentence, _rules) is var start && (start < 0 || ContentFinder.IsTrailing(_doc, start));

    private static readonly Lexicons.WordSet SourcePrepositions = Lexicon.Set("to of for at in with close");

    /// <summary>"…, election officials said." / "…, the congressional report said.": lower-case modifiers the phrase
    /// finder stopped at still belong to the source when a comma, a quote or the sentence start comes right before
    /// them, so the clause before that comma stays the content.</summary>
    /// <param name="final">Nothing follows the cue, so the content can only stand before the source: "…, people close
    /// to Roe say." takes prepositions and names too.</param>
    private SourcePhrase ExtendOverModifiers(SourcePhrase l, Sentence sentence, bool final)
    {
        for (var k = l.First - 1; k >= sentence.First - 1 && l.First - k <= (final ? 8 : 4); k--)
        {
            if (k < sentence.First || _doc.IsChar(k, ',') || _doc.Tokens[k].Kind == TokenKind.QuoteClose)
            {
                return k + 1 == l.First ? l : l with { First = k + 1 };
            }
            var tok = _doc.Tokens[k];
            var w = _doc.Word(k);
            if (final && tok.Kind == TokenKind.Word && !tok.InQuote && (tok.Capitalized || Lexicon.Has(SourcePrepositions, w)))
            {
                continue;
            }
            if (tok.Kind != TokenKind.Word || tok.InQuote || tok.Capitalized || Lexicon.CueOf(w) != CueFlags.None || Lexicon.Has(NotSourceWords, w)
                || Lexicon.Has(PhraseBreakers, w) || Lexicon.IsAuxiliary(w) || Lexicon.IsSubjectPronoun(w, out _) || w.EndsWith("ed", StringComparison.Ordinal)
                || Lexicon.IsVerbAdverb(w) || w.Equals("yet", StringComparison.OrdinalIgnoreCase))
            {
                return l;
            }
        }
        return l;
    }

    /// <summary>SharedSubject, then ClauseSubjectFallback: no phrase right before the cue.</summary>
    private void SubjectlessAttribution(Cue cue, int s, Sentence sentence, int firstInSentence)
    {
        var before = cue.First - 1;
        if (_rules.Uses(ExtractionRule.CoordinatedVerbSubject) && CoordinatedVerbSubject(cue, sentence) is { } coordinated)
        {
            var c = NewDraft(cue, s, coordinated);
            AddRightContent(c, cue, sentence);
            Commit(c, nested: false);
            return;
        }
        var inverted = before >= sentence.First && (_doc.IsChar(before, ',') || _doc.Tokens[before].Kind == TokenKind.QuoteClose);
        // "…, saying …" / "… and insisted …": the subject of the clause before.
        var shared = (cue.Flags & CueFlags.Participle) != 0 && inverted
            || before >= sentence.First && (_doc.WordIs(before, "and") || _doc.WordIs(before, "but"));
        if (!shared || Drafts.Count <= firstInSentence || !_rules.Uses(ExtractionRule.SharedSubject))
        {
            var participleAfterComma = (cue.Flags & CueFlags.Participle) != 0 && _doc.IsChar(before, ',') && _rules.Uses(ExtractionRule.ParticipleClauseSubject);
            var clauseSubject = _rules.Uses(ExtractionRule.ClauseSubjectFallback) && VerbPosition(cue, sentence)
                ? (participleAfterComma ? ParticipleSubject(cue.First, sentence) : AdjacentNounPhrase(cue, sentence) ?? ClauseSubject(cue.First, sentence))
                    ?? OpeningNounPhrase(cue, sentence)
                : null;
            // ParticipleLeadSubject: "About 200 protesters gathered outside, saying …" — the phrase before the clause's verb.
            var leadSubject = participleAfterComma && _rules.Uses(ExtractionRule.ParticipleLeadSubject) ? LeadSubject(sentence, cue.First) : null;
            if ((clauseSubject ?? NounPhraseSubject(cue, sentence) ?? ClauseStartSource(cue, sentence) ?? leadSubject) is { } subject)
            {
                // TrailingPhraseSource: "“…” of the case, the unsigned opinion said." — nothing after the cue, so the content
                // is what comes before the phrase, as after a speaker noun.
                if (_rules.Uses(ExtractionRule.TrailingPhraseSource) && (cue.Flags & CueFlags.Participle) == 0 && subject.Last == cue.First && IsAfterContent(subject.First, sentence) && NothingAfter(cue, sentence))
                {
                    LeftAttribution(cue, s, sentence, subject);
                    return;
                }
                var f = NewDraft(cue, s, subject);
                AddRightContent(f, cue, sentence);
                Commit(f, nested: Drafts.Count > 0 && Drafts[^1].Overlaps(_doc.Tokens[cue.First].Span()));
            }
            return;
        }
        var prev = Drafts[^1];
        var d = new Draft { Cue = CueSpan(cue), Sentence = s, Belief = cue.IsBelief, Source = prev.Source, Speaker = prev.Speaker, How = prev.How };
        AddRightContent(d, cue, sentence);
        Commit(d, nested: _rules.Uses(ExtractionRule.SharedCueInsideStatement) && SharedCueInsideStatement(prev, d, cue));
    }

    /// <summary>A comma or a closing quote stands right before the phrase, with words before it: the phrase follows its
    /// content.</summary>
    private bool IsAfterContent(int first, Sentence sentence) =>
        first - 1 > sentence.First && (_doc.IsChar(first - 1, ',') || _doc.Tokens[first - 1].Kind == TokenKind.QuoteClose);

    /// <summary>A source before the cue; the content is the quote or clause before it, or what follows the cue.</summary>
    private void LeftAttribution(Cue cue, int s, Sentence sentence, SourcePhrase l)
    {
        var draft = NewDraft(cue, s, l);
        var sep = l.First - 1;
        // RelativeSourceReportsAfter: "… and “citizen journalists” who promote …" — a relative pronoun's verb reports
        // what follows it; the clause before is its antecedent's, never its content.
        var relative = _rules.Uses(ExtractionRule.RelativeSourceReportsAfter) && l.Last - l.First == 1
            && (_doc.WordIs(l.First, "who") || _doc.WordIs(l.First, "which"));
        var sepIsQuote = !relative && sep >= sentence.First && _doc.Tokens[sep].Kind == TokenKind.QuoteClose && !(_rules.Uses(ExtractionRule.TitleQuoteIsNoContent) && QuoteSubject.IsTitle(_doc, sep, _rules) && OpensAdverbial(sentence))
            && !QuoteClosesOpeningSubordinate(sep, s, sentence)
            && !(_rules.Uses(ExtractionRule.QuoteModifiesSourceNoun) && QuoteModifiesNoun(sep, l));
        var sepIsComma = !relative && sep >= sentence.First && _doc.IsChar(sep, ',');
        var rightStart = ContentFinder.StartAfter(_doc, cue, sentence, _rules);
        var nothingAfter = rightStart < 0 || _doc.Tokens[rightStart].Kind == TokenKind.QuoteOpen && QuoteEndsSentence(rightStart, sentence) && sepIsQuote;
        // "…, Roe said, adding …": the participle owns what follows, so "said" reports the clause before it.
        var participleFollows = rightStart >= 0 && _rules.Uses(ExtractionRule.ParticipleClauseSubject) && StartsCue(rightStart, CueFlags.Participle);
        var comma = -1;
        if ((sepIsQuote || sepIsComma && (rightStart < 0 || ContentFinder.IsTrailing(_doc, rightStart) || participleFollows || ClauseBeforeComma(cue, sep, sentence, out comma)))
            && HasContentBefore(sep, sentence))
        {
            AddLeftContent(draft, sep, sentence);
            AddClauseAfterParenthetical(draft, comma, sentence);
            AddTrailingQuote(draft, cue.Last, sentence);
        }
        else if (!nothingAfter || rightStart >= 0)
        {
            AddRightContent(draft, cue, sentence);
        }
        else
        {
            // "Roe said:" ending its paragraph: the content is the quote that opens the next one.
            if (_rules.Uses(ExtractionRule.ColonToNextParagraph))
            {
                ColonToNextParagraph(draft, sentence);
            }
        }
        var nested = Drafts.Count > 0 && Drafts[^1].Overlaps(_doc.Tokens[cue.First].Span());
        Commit(draft, nested);
    }

    private Draft NewDraft(Cue cue, int s, SourcePhrase source)
    {
        var (actor, how) = _resolver.Resolve(source, LastDraft);
        return new Draft
        {
            Cue = CueSpan(cue),
            Sentence = s,
            Belief = cue.IsBelief,
            Participle = (cue.Flags & CueFlags.Participle) != 0,
            Source = _doc.SpanOf(source.First, source.Last),
            Speaker = actor,
            How = how,
        };
    }

    private TextSpan CueSpan(Cue cue) => _doc.SpanOf(cue.First, cue.Last);

    private void Commit(Draft d, bool nested)
    {
        if (d.Content.Count == 0)
        {
            return;
        }
        // "… through what it calls “…”": the subject of a naming verb after "what" keeps its quote, pronoun or not.
        var whatNaming = nested && _rules.Uses(ExtractionRule.WhatSubjectNamesQuote) && IsWhatSubjectNaming(d);
        // A cue inside another statement's content is kept only with a clear speaker ("Roe said she expects…").
        if (nested && d.Speaker is null && !whatNaming)
        {
            return;
        }
        // "Roe says he believes the plan is “dead”": annotators keep one attribution, the outer one; a second cue whose
        // whole content lies inside it only duplicates it. "…, saying “…”" participles stay — they add a statement — unless
        // the same speaker's statement already holds them ("said it could be “messy,” adding, “…”").
        if (nested && _rules.Uses(ExtractionRule.DropContainedNested) && (!d.Participle || d.Speaker is not null && d.Speaker == Drafts[^1].Speaker || _rules.Uses(ExtractionRule.NestedParticipleDropped) && !HasOwnSubject(d)) && Drafts[^1].Contains(d)
            && !(_rules.Uses(ExtractionRule.NestedQuoteSplitsOuter) && SplitOuterBefore(d)) && !(_rules.Uses(ExtractionRule.NestedSubjectReplacesOuter) && ReplaceOuterOpenedByInner(d)) && !(whatNaming && SplitOuterBeforeWhat(d)))
        {
            return;
        }
        if (_rules.Uses(ExtractionRule.BackReadingCueDropped) && ReadsBackOverStatement(d))
        {
            return;
        }
        // A set, not a scan of every draft: repetitive text ("he said, she said, …") makes thousands of drafts.
        if (!_firstContents.Add(d.Content[0]))
        {
            return;
        }
        if (_rules.Uses(ExtractionRule.ReportDropsInnerStatement))
        {
            DropReportedInner(d);
        }
        Drafts.Add(d);
    }
}

internal static class TokenExtensions
{
    public static TextSpan Span(this Token t) => new(t.Start, t.End);
}
