using Briefing.Core.Positions;
using Briefing.Data.Actors;
using Briefing.Data.Positions;
using Briefing.Data.Statements;
using Briefing.Data.Topics;
using Briefing.Web.Wall;

namespace Briefing.Web.Tests.Wall;

public sealed class WallLogicTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    internal static StatementView Statement(string id, string text, string speaker = "Mara Lindqvist", string? speakerId = null,
        double confidence = 0.9) =>
        new(id, "article", new ActorRef(speakerId ?? speaker.ToLowerInvariant().Replace(' ', '-'), speaker), text, true, "said",
            T0, T0, "direct", "named", confidence, "Title", null, [], null, null);

    private static WallFlash Flash(string id) => new("Urgent: test", new WallQuote(Statement(id, "text"), null));

    [Fact]
    public void A_feed_keeps_at_most_its_capacity_however_much_arrives()
    {
        var feed = new WallFeed<StatementView>(8, s => s.Id);
        for (var i = 0; i < 2000; i++) feed.Push([Statement($"s{i}a", "a"), Statement($"s{i}b", "b")], T0);
        Assert.Equal(8, feed.Entries.Count);
        Assert.Equal(["s1999a", "s1999b", "s1998a", "s1998b"], feed.Entries.Take(4).Select(e => e.Value.Id));
    }

    [Fact]
    public void A_feed_replaces_an_item_that_arrives_again_and_highlights_only_live_items_for_a_while()
    {
        var feed = new WallFeed<StatementView>(5, s => s.Id);
        feed.Reset([Statement("old", "x"), Statement("s1", "x")]);
        feed.Push([Statement("s1", "edited")], T0);
        Assert.Equal(["s1", "old"], feed.Entries.Select(e => e.Value.Id));
        Assert.Equal("edited", feed.Entries[0].Value.Text);
        Assert.True(feed.Entries[0].IsNew(T0.AddSeconds(7), TimeSpan.FromSeconds(8)));
        Assert.False(feed.Entries[0].IsNew(T0.AddSeconds(8), TimeSpan.FromSeconds(8)));
        Assert.False(feed.Entries[1].IsNew(T0, TimeSpan.FromSeconds(8)));
    }

    [Fact]
    public void Panels_rotate_on_the_interval_and_wrap_around()
    {
        var rotation = new WallRotation(WallConfig.Parse("?panels=quotes,articles,actors&rotate=10"), T0);
        Assert.Equal(WallPanel.Quotes, rotation.Current);
        Assert.False(rotation.Tick(T0.AddSeconds(9)));
        Assert.True(rotation.Tick(T0.AddSeconds(10)));
        Assert.Equal(WallPanel.Articles, rotation.Current);
        rotation.Tick(T0.AddSeconds(20));
        rotation.Tick(T0.AddSeconds(30));
        Assert.Equal(WallPanel.Quotes, rotation.Current);
    }

    [Fact]
    public void A_pinned_panel_never_rotates()
    {
        var rotation = new WallRotation(WallConfig.Parse("?panels=quotes,articles&rotate=5&pin=articles"), T0);
        for (var s = 0; s < 600; s += 5) Assert.False(rotation.Tick(T0.AddSeconds(s)));
        Assert.Equal(WallPanel.Articles, rotation.Current);
    }

    [Fact]
    public void A_flash_takes_over_for_its_time_then_rotation_resumes_with_the_panel_getting_its_full_time_back()
    {
        var rotation = new WallRotation(WallConfig.Parse("?panels=quotes,articles&rotate=10&flash=4"), T0);
        Assert.True(rotation.Raise(Flash("f1"), T0.AddSeconds(8)));
        Assert.Equal("f1", rotation.Flash!.Id);
        Assert.False(rotation.Tick(T0.AddSeconds(11)));        // no rotation under a flash
        Assert.Equal(WallPanel.Quotes, rotation.Current);
        Assert.True(rotation.Tick(T0.AddSeconds(12)));         // flash over
        Assert.Null(rotation.Flash);
        Assert.False(rotation.Tick(T0.AddSeconds(21)));
        Assert.True(rotation.Tick(T0.AddSeconds(22)));         // 10 s after the flash ended
        Assert.Equal(WallPanel.Articles, rotation.Current);
    }

    [Fact]
    public void Flashes_during_a_flash_wait_their_turn_and_a_burst_keeps_only_the_newest_few()
    {
        var rotation = new WallRotation(WallConfig.Parse("?flash=5"), T0);
        rotation.Raise(Flash("first"), T0);
        for (var i = 0; i < 20; i++) Assert.False(rotation.Raise(Flash($"burst{i}"), T0));
        Assert.Equal(WallRotation.MaxQueuedFlashes, rotation.QueuedFlashes);
        Assert.True(rotation.Tick(T0.AddSeconds(5)));
        Assert.Equal("burst15", rotation.Flash!.Id);
    }

    [Fact]
    public void Flash_zero_turns_flashes_off()
    {
        var rotation = new WallRotation(WallConfig.Parse("?flash=0"), T0);
        Assert.False(rotation.Raise(Flash("f"), T0));
        Assert.Null(rotation.Flash);
    }

    [Fact]
    public void A_statement_flashes_when_a_pinned_actor_says_it_by_name_alias_or_id()
    {
        var rule = new FlashRule(["Aldo  Varga", "Minister Brel"], [], knownIds: ["actor-7"]);
        Assert.Equal("Pinned actor", rule.Reason(Statement("1", "x", "aldo varga"), []));
        Assert.Equal("Pinned actor", rule.Reason(Statement("2", "x", "Someone", "actor-7"), []));
        var brel = new ActorView("ana-brel", "Ana Brel", "person", null, null, ["Minister Brel"], 3);
        Assert.Equal("Pinned actor", rule.Reason(Statement("3", "x", "Ana Brel", "ana-brel"), [brel]));
        Assert.Null(rule.Reason(Statement("4", "x", "Tomas Reyes"), []));
    }

    [Fact]
    public void A_guessed_speaker_does_not_flash_as_a_pinned_actor_but_urgent_words_still_do()
    {
        var config = WallConfig.Parse("?speaker=50");
        var rule = new FlashRule(["Aldo Varga"], ["embargo"], confirmedSpeaker: config.ConfirmedSpeaker);
        Assert.Null(rule.Reason(Statement("1", "We stay the course.", "Aldo Varga", confidence: 0.35), []));
        Assert.Equal("Pinned actor", rule.Reason(Statement("2", "We stay the course.", "Aldo Varga", confidence: 0.5), []));
        Assert.Equal("Urgent: embargo", rule.Reason(Statement("3", "No embargo.", "Aldo Varga", confidence: 0.35), []));

        Assert.Null(config.ConfirmedSpeaker(Statement("4", "x", confidence: 0.49)));
        Assert.Equal("Speaker unconfirmed", config.SpeakerLabel(Statement("4", "x", confidence: 0.49)));
        Assert.Equal("Mara Lindqvist", config.SpeakerLabel(Statement("5", "x", confidence: 1.0)));
        var official = Statement("6", "x", confidence: 0.2) with { Speaker = null, Resolution = "described" };
        Assert.Equal("Unnamed source", config.SpeakerLabel(official));
        Assert.Equal("Unattributed", config.SpeakerLabel(official with { Resolution = "unresolved" }));
    }

    [Fact]
    public void A_statement_flashes_on_an_urgent_keyword_as_a_whole_word_in_any_case()
    {
        var rule = new FlashRule([], ["embargo", "no-fly zone"]);
        Assert.Equal("Urgent: EMBARGO", rule.Reason(Statement("1", "An EMBARGO now would backfire."), []));
        Assert.Equal("Urgent: no-fly zone", rule.Reason(Statement("2", "A no-fly zone is on the table."), []));
        Assert.Null(rule.Reason(Statement("3", "The embargoes were lifted."), []));
        Assert.True(new FlashRule([], []).IsEmpty);
    }

    [Fact]
    public void Only_a_shift_of_a_pinned_actors_position_flashes()
    {
        var rule = new FlashRule(["Aldo Varga"], []);
        var varga = Position("Aldo Varga", "Defence spending", "opposes");
        Assert.Equal("Position shift", rule.Reason(varga, shift: true));
        Assert.Null(rule.Reason(varga, shift: false));
        Assert.Null(rule.Reason(Position("Ines Okafor", "Defence spending", "opposes"), shift: true));
    }

    [Fact]
    public void The_positions_matrix_follows_the_pinned_order_and_stays_small()
    {
        var positions = new List<PositionView>();
        for (var a = 0; a < 10; a++)
        for (var t = 0; t < 8; t++)
            positions.Add(Position($"Actor {a}", $"Topic {t}", "supports"));
        var matrix = PositionMatrix.Build(positions, ["actor-3", "actor-1"], ["topic-2"]);
        Assert.Equal(["Actor 3", "Actor 1"], matrix.Rows.Select(r => r.Actor.Name));
        Assert.Equal(["Topic 2"], matrix.Topics.Select(t => t.Name));

        var unpinned = PositionMatrix.Build(positions, [], []);
        Assert.Equal(PositionMatrix.MaxActors, unpinned.Rows.Count);
        Assert.Equal(PositionMatrix.MaxTopics, unpinned.Topics.Count);
        Assert.Same(PositionMatrix.Empty, PositionMatrix.Build([], [], []));
    }

    internal static PositionView Position(string actor, string topic, string stance, string? shiftedFrom = null) =>
        new(new ActorRef(actor.ToLowerInvariant().Replace(' ', '-'), actor), new TopicRef(topic.ToLowerInvariant().Replace(' ', '-'), topic),
            StanceNames.Parse(stance)!.Value, 0.8, "summary", T0, T0, shiftedFrom is null ? null : T0, StanceNames.Parse(shiftedFrom), []);
}
