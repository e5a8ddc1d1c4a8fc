namespace Briefing.Core.Extraction;

/// <summary>Every attribution rule the extractor applies, named so that it can be switched off
/// (<see cref="ExtractorSettings.Without"/>) and its contribution measured (`briefing extract --ablate`).
/// The order of the members is the order in which the rules apply; <see cref="ExtractionRules.All"/> says what each does.</summary>
public enum ExtractionRule
{
    // Per sentence, before its cues.
    HeadlineColon,
    HeadlineColonLoose,
    HeadlineVerb,
    DashSignature,
    SignatureParagraph,
    AskedClause,
    PassiveAsked,
    // Finding cues.
    UnknownVerbFramingQuote,
    WentOn,
    ThatComplement,
    TopicVerbs,
    AccordingTo,
    AccordingToWrapsStatement,
    AccordingToBothSides,
    BaseFormAfterSubjectWord,
    FiniteSpeechBase,
    MoreCueVerbs,
    IntentInfinitive,
    OtherSenseOfCueWord,
    // Per cue: who speaks.
    InvertedSource,
    QuoteSubject,
    RelativeSubject,
    RelativeOverAuxiliaries,
    DeterminerSubject,
    GroupOfSubject,
    ParticipleClauseSubject,
    SharedSubject,
    AdjacentNounPhrase,
    ClauseNounPhrase,
    ParentheticalPhrase,
    ListenerIsNoSource,
    NamedSubjectNotInverted,
    ClauseSubjectFallback,
    OpeningNounPhrase,
    IssuedDocument,
    ExtendSourceToQuote,
    NounPhraseSubject,
    ContractedPronounSubject,
    // Per cue: what was said.
    TitleQuoteIsNoContent,
    TitleFunctionWords,
    CoordinatedVerbEnds,
    NewSpeakerEnds,
    LeadInEndsSentence,
    ContentBeforeComma,
    TrailingQuoteAcrossFullStop,
    OwnAttributionFollows,
    ColonToNextParagraph,
    DropContainedNested,
    // Per sentence, after its cues.
    InSource,
    InOwnWordsSubject,
    Raising,
    RaisingPhraseSubject,
    RaisingSubjectSpeaks,
    SeemComplement,
    PassiveRaising,
    NominalStatement,
    MoreStatementNouns,
    // Speaker resolution (every source phrase).
    PronounSalience,
    NominalAnaphora,
    DescriptorSource,
    // Per document: quotes with no cue of their own.
    ShortEmbeddedQuote,
    ObjectOfCue,
    ColonIntroduced,
    LeadInSentenceSubject,
    MergeIntoPrevious,
    MergeWholeNextParagraph,
    LongEmbeddedQuote,
    CarryOverSpeaker,
    CommaQuoteNotCarried,
    QuotedTermIsNoSpeech,
}

/// <summary>One rule of the registry: its id, a short name for reports, and what it does (with an example).</summary>
public sealed record RuleInfo(ExtractionRule Id, string Stage, string Does);

/// <summary>The table of contents of attribution: the rules in the order they apply, each with what it does and
/// where it lives. Read this first; the code of each rule is one method named in the last column.</summary>
public static class ExtractionRules
{
    public static IReadOnlyList<RuleInfo> All { get; } =
    [
        // ── per sentence, before cues (Headlines.cs) ─────────────────────────────────────────────────────────────
        new(ExtractionRule.HeadlineColon, "sentence", "'Roe: Plan will fail' — a short capitalised name before a colon in a headline-length paragraph speaks (Headlines.Colon)"),
        new(ExtractionRule.HeadlineColonLoose, "sentence", "'Roe to Voters: …', 'Roe at the Summit: …' — the headline colon also after short prepositions and up to twelve words (Headlines.Colon)"),
        new(ExtractionRule.HeadlineVerb, "sentence", "'Harbour pilots blast Roe.' — in an article's headline, a name or noun run then a cue word in any form or case: the run speaks, the rest is the content (HeadlineVerbs.Find)"),
        new(ExtractionRule.DashSignature, "sentence", "'“…” ― Jane Roe' — a quote signed with a dash at the end of its paragraph (Headlines.DashSignature)"),
        new(ExtractionRule.SignatureParagraph, "sentence", "'“…” ¶ – Jane Roe, Ohio.' — a paragraph of only a dash and a name (and a short description) signs the quote filling the paragraph before (Headlines.SignatureParagraph)"),
        new(ExtractionRule.AskedClause, "sentence", "'Asked about the plan, Roe said …' — the question is a source-less attribution: content from after 'asked' to the comma (Attributor.AskedClause)"),
        new(ExtractionRule.PassiveAsked, "sentence", "'Roe was asked about the plan' — a passive question is a source-less attribution: content after 'asked' (Attributor.PassiveAsked)"),
        // ── cues (Cues/CueFinder.cs) ─────────────────────────────────────────────────────────────────────────────
        new(ExtractionRule.UnknownVerbFramingQuote, "cue", "'“…!” beamed Roe' — an unknown past-tense verb after a quote ending in , ? or ! is a cue (CueFinder.VerbFramingQuote)"),
        new(ExtractionRule.WentOn, "cue", "'he went on' / 'went on to say' is a cue (CueFinder.WentOn)"),
        new(ExtractionRule.ThatComplement, "cue", "'Roe recognized that …', 'Roe is confident that …' — an unknown past verb or an adjective of conviction before a that-clause (CueFinder.ThatComplement)"),
        new(ExtractionRule.TopicVerbs, "cue", "'Roe spoke about …', 'voted against …', 'railed against …' — a verb that attributes only with its topic preposition (Lexicon.IsTopicCue)"),
        new(ExtractionRule.AccordingTo, "cue", "'according to Roe, …' — the phrase after it is the source, the rest of the sentence the content (Attributor.AccordingTo)"),
        new(ExtractionRule.AccordingToWrapsStatement, "cue", "'“…,” Roe said, according to the agency.' — a closing 'according to' reports the whole statement before it, cue and source included (Attributor.WrapsStatement)"),
        new(ExtractionRule.AccordingToBothSides, "cue", "'Funds, according to the campaign, have surged.' / 'But according to Roe, …' — the clause after a mid-sentence source belongs to the content; a lone conjunction before it does not (Attributor.AddClauseAfterSource)"),
        new(ExtractionRule.BaseFormAfterSubjectWord, "cue", "'Roe would not say …', '42% say …', 'Others also say …', 'local traders say …' — a base-form verb after an auxiliary, a quantity or a plural noun is a cue (CueFinder.SubjectWordBefore)"),
        new(ExtractionRule.FiniteSpeechBase, "cue", "'Aides to Roe say …', 'those surveyed say …', '…, say some analysts' — a base-form speech verb is finite unless a determiner, preposition, 'to' or causative precedes it (CueFinder.FiniteBase)"),
        new(ExtractionRule.MoreCueVerbs, "cue", "'Roe offered no details', 'lambasted the plan', 'is eager to …' — a second table of stance and communication verbs, and adjectives of intent before 'to' (Lexicon.MoreCueOf)"),
        new(ExtractionRule.IntentInfinitive, "cue", "'Roe continued to push the bill', 'decided to delay', 'was quick to blame' — a verb or adjective of persisting, deciding or aiming before 'to' + a verb is a cue; the infinitive is the content (IntentInfinitive.At)"),
        new(ExtractionRule.OtherSenseOfCueWord, "cue", "'the United States', 'Southern states', '11 states', 'helped found the group', 'found itself at the center of' — a cue word in another sense is no cue; 'the document states' stays one (CueFinder.OtherSense)"),
        // ── per cue: source (Attributor.cs, Attributor.Subjects.cs, SourceFinder.cs, QuoteSubject.cs) ─────────────
        new(ExtractionRule.InvertedSource, "source", "'“…,” said Roe' — after a comma or closing quote the source follows the cue (Attributor.Attribute)"),
        new(ExtractionRule.QuoteSubject, "source", "'“…,” former aide Jane Roe wrote' — a subject between a quote and the cue is taken whole (QuoteSubject.Find)"),
        new(ExtractionRule.RelativeSubject, "source", "'the report, which notes' — a relative pronoun before the cue is the source (Attributor.RelativeSubject)"),
        new(ExtractionRule.RelativeOverAuxiliaries, "source", "'Roe, who has in the past voiced …', 'voters who are deeply skeptical of …' — a relative pronoun before the cue's auxiliaries and adverbs is the source; its antecedent speaks (Attributor.RelativeBeforeVerbGroup)"),
        new(ExtractionRule.DeterminerSubject, "source", "'His chief aide …, saying' — a determiner + speaker noun opening the clause is its subject (Attributor.DeterminerPhrase)"),
        new(ExtractionRule.GroupOfSubject, "source", "'A group of doctors sent a letter to X, calling for …' — a speaker noun with a lower-case 'of' phrase ending in a plural before a verb is the whole subject, not a name after the verb (Attributor.GroupOfEnd)"),
        new(ExtractionRule.ParticipleClauseSubject, "source", "'Roe endorsed Poe at X, his club, calling' — a participle after a comma takes the subject of its nearest clause ('…, when Poe interrupted, shouting'); 'Roe said, adding …' keeps the clause before for 'said' (Attributor.ParticipleSubject)"),
        new(ExtractionRule.SharedSubject, "source", "'…, saying …' / '… and insisted …' with no subject share the source of the statement before (Attributor.Attribute)"),
        new(ExtractionRule.AdjacentNounPhrase, "source", "'…, when a young boy shouted, “…”' — a lower-case noun phrase opening its own clause right before the cue is the subject, not a name earlier on (Attributor.AdjacentNounPhrase)"),
        new(ExtractionRule.ClauseNounPhrase, "source", "'While Roe's rating fell, many of his donors think …', '…, and three-fourths say …', 'Proponents of the bill, however, say …' — a lower-case noun phrase between a clause boundary and the cue (an aside skipped) is its subject, not a name in the clause before (Attributor.ClauseNounPhrase, Attributor.BeforeAside)"),
        new(ExtractionRule.ParentheticalPhrase, "source", "'Roe, facing a race in Ohio, a swing state, said …' — a participle or prepositional phrase between commas is an aside: the name before it speaks (SourceFinder.Appositive); 'Roe continually brags …' — any -ly adverb between subject and cue is skipped (SourceFinder.Left)"),
        new(ExtractionRule.ListenerIsNoSource, "source", "'Roe, an aide, told reporters that …' — after a comma, the phrase after a listener verb is the listener, not an inverted source (Attributor.InvertedAttribution)"),
        new(ExtractionRule.NamedSubjectNotInverted, "source", "'Roe, who chairs the board, told the Courier, “…”' — a sentence opening with a name closed by a comma has its subject: no phrase after the cue is an inverted source (Attributor.NamedSubjectWithAppositive)"),
        new(ExtractionRule.ClauseSubjectFallback, "source", "'Roe, in Ohio, said' — no phrase right before the cue: the first actor or pronoun of the clause (Attributor.ClauseSubject)"),
        new(ExtractionRule.OpeningNounPhrase, "source", "'The email went on to say, “…”', 'Another tweeted' — no actor in the clause: a short lower-case phrase opening the sentence right before the cue (Attributor.OpeningNounPhrase)"),
        new(ExtractionRule.IssuedDocument, "source", "'Roe issued a statement saying' — the issuer of a document speaks, not the document (Attributor.IsIssuedDocument)"),
        new(ExtractionRule.ExtendSourceToQuote, "source", "'“…,” Democratic candidate Jane Roe said' — the source runs back to the closing quote (Attributor.ExtendToQuote); '…, election officials said.' / '…, people close to Roe say.' — and over lower-case modifiers (after a sentence-final cue, names and prepositions too) back to a comma (Attributor.ExtendOverModifiers)"),
        new(ExtractionRule.NounPhraseSubject, "source", "'Some 22 percent said …', 'local traders say …' — no actor in the clause: the noun phrase ending right before the cue is the source (Attributor.NounPhraseSubject); also 'The witness said …' — a short determiner phrase before an inflected speech verb"),
        new(ExtractionRule.ContractedPronounSubject, "source", "'she’s hoping …', 'they've argued …' — a pronoun fused with its auxiliary is the source, not a possessive (SourceFinder.Left)"),
        // ── per cue: content (Attributor.Content.cs, ContentFinder.cs) ───────────────────────────────────────────
        new(ExtractionRule.TitleQuoteIsNoContent, "content", "'On “Face the Nation,” Roe said' — a title-case quote after a preposition is a show, not content (QuoteSubject.IsTitle)"),
        new(ExtractionRule.TitleFunctionWords, "content", "title-case detection ignores short function words ('State of the Union') (QuoteContinuations.IsTitle)"),
        new(ExtractionRule.CoordinatedVerbEnds, "content", "'called it “third-rate” and boycotted …' — content ends at the quote before a coordinated past verb (ContentFinder.CoordinatedVerbAt)"),
        new(ExtractionRule.NewSpeakerEnds, "content", "'asked for a photo and Roe said, “…”' — content ends before 'and'/'but' + a new named or pronoun subject with its own cue (ContentFinder.NewSpeakerAt)"),
        new(ExtractionRule.LeadInEndsSentence, "content", "'“…” are sickening, Roe said Tuesday in Paris.' — only time and place after the cue up to the full stop: the content is before it (ContentFinder.StartAfter)"),
        new(ExtractionRule.ContentBeforeComma, "content", "'Sales were strong, she said, smiling.' / '…, officials said Wednesday.' — nothing but time words after the cue: the clause before the source is the content (Attributor.ClauseBeforeComma)"),
        new(ExtractionRule.TrailingQuoteAcrossFullStop, "content", "'“A,” Roe said. “B.”' — the next sentence's quote continues the statement (Attributor.AddTrailingQuote)"),
        new(ExtractionRule.OwnAttributionFollows, "content", "'“B,” was another.' — a next-sentence quote ending in a comma has its own cue, so it is not merged (Attributor.OpenEndedWithTail)"),
        new(ExtractionRule.ColonToNextParagraph, "content", "'Roe said:' ending its paragraph — the content is the quote opening the next one (Attributor.ColonToNextParagraph)"),
        new(ExtractionRule.DropContainedNested, "content", "'Roe says he believes …' — a nested cue whose content lies inside the outer statement is dropped, and so is a participle of the same speaker (Attributor.Commit)"),
        // ── per sentence, after cues (Attributor.Raising.cs) ──────────────────────────────────────────────────────
        new(ExtractionRule.InSource, "sentence", "'In a CNN poll released Monday, Roe leads by four points.' — a cue-less sentence opening with In + a document reports it (Attributor.InSource)"),
        new(ExtractionRule.InOwnWordsSubject, "sentence", "'In a statement issued Tuesday, Senator Jane Roe was more cautious.' — in her own words (statement, interview, speech, letter), the named subject after the comma speaks, not the document (Attributor.SubjectAfterComma)"),
        new(ExtractionRule.Raising, "sentence", "'The vote is expected to pass' — a source-less expectation (Attributor.Raising)"),
        new(ExtractionRule.RaisingPhraseSubject, "sentence", "'The cost of the plan seems to …' — with no actor before the raising verb, the words back to the clause boundary are its subject (Attributor.PhraseBefore)"),
        new(ExtractionRule.RaisingSubjectSpeaks, "sentence", "'Roe appeared to blame the crews', 'she seems ready to …' — a named actor or pronoun subject of seem/appear/is likely is the source, and the content is the complement only (Attributor.Raising)"),
        new(ExtractionRule.SeemComplement, "sentence", "'The plan seemed a long shot', 'appears likely to' — seem/appear with a complement other than 'to' (Attributor.SeemTakes)"),
        new(ExtractionRule.PassiveRaising, "sentence", "'Roe is widely seen as …', 'is believed to …', 'is known for …' — an agentless passive of perception or belief (Attributor.PassiveRaisingAux)"),
        new(ExtractionRule.NominalStatement, "sentence", "'Roe's criticism of the plan', 'his support for the tax' — possessor = source, noun + preposition = cue, object = content (Attributor.NominalStatements)"),
        new(ExtractionRule.MoreStatementNouns, "sentence", "'Roe's claim that …', 'his decision not to …', 'her doubts about …' — more statement nouns, and that-clause or infinitive complements (Attributor.NominalStatements)"),
        // ── speaker resolution (SpeakerResolver.cs) ───────────────────────────────────────────────────────────────
        new(ExtractionRule.PronounSalience, "speaker", "'he'/'she' — the most salient agreeing person (subject, speaker, recent) within a few sentences, else unresolved (SpeakerResolver.Pronoun)"),
        new(ExtractionRule.NominalAnaphora, "speaker", "'the minister' / 'the company' — the most recent actor whose role, name or kind fits (SpeakerResolver.ByRole)"),
        new(ExtractionRule.DescriptorSource, "speaker", "'a senior official said' — an indefinite description is a source with no actor, never a new actor (SpeakerResolver.Resolve)"),
        // ── per document: quotes without a cue (QuoteContinuations.cs, Attributor.Introduced.cs) ────────────────
        new(ExtractionRule.ShortEmbeddedQuote, "document", "'says the plan “can't win”' — a short quote inside a clause is the clause subject's (QuoteContinuations.Attach)"),
        new(ExtractionRule.ObjectOfCue, "document", "'pledged a “political revolution”' — a quoted object of a speech verb is speech, determiner or not (QuoteContinuations.ObjectOfCue)"),
        new(ExtractionRule.ColonIntroduced, "document", "'Roe released the following statement: “…”' — the subject of the clause the colon closes (Attributor.ColonIntroducedQuote)"),
        new(ExtractionRule.LeadInSentenceSubject, "document", "'Jane Roe agreed. “…”' — a cue-less quote standing as a sentence right after a sentence opened by a named subject is that subject's, not the previous speaker's (Attributor.LeadInSentenceQuote)"),
        new(ExtractionRule.MergeIntoPrevious, "document", "a follow-on quote in the same paragraph joins the statement before as another fragment (QuoteContinuations.Attach)"),
        new(ExtractionRule.MergeWholeNextParagraph, "document", "a quote filling the very next paragraph joins the statement before (QuoteContinuations.Attach)"),
        new(ExtractionRule.LongEmbeddedQuote, "document", "'Roe thanked the crews for “…”' — a long quote inside a clause of its own is that subject's (QuoteContinuations.Attach)"),
        new(ExtractionRule.CarryOverSpeaker, "document", "a standalone cue-less quote within two paragraphs keeps the previous speaker (QuoteContinuations.Attach)"),
        new(ExtractionRule.CommaQuoteNotCarried, "document", "'“…,” said one owner who declined to be named.' — a cue-less quote closed on a comma with words after it has an attribution of its own: it never carries over the previous speaker (QuoteContinuations.Attach)"),
        new(ExtractionRule.QuotedTermIsNoSpeech, "document", "'the party's “establishment”', 'nine “nonprobability” samples' — one or two cue-less quoted words after a possessive or before the noun they modify name a term, not speech (QuoteContinuations.IsQuotedTerm)"),
    ];
}
