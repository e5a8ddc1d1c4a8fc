using Briefing.Core.Watchlists;
using Briefing.Core.Extraction;
using Briefing.Data.Inbox;
using Briefing.Data.Statements;

using Briefing.Data.Schema;

namespace Briefing.Data.Tests;

/// <summary>Run on both stores: <see cref="ArticleStoreOnSqlite"/> and <see cref="ArticleStoreOnPostgres"/>.</summary>
public abstract class ArticleStoreTests(SqlDialect dialect) : IDisposable
{
    private readonly TempDatabase _db = new(dialect);

    public void Dispose() => _db.Dispose();

    private InboxItem Accept(string text = Fixtures.Text, string title = "Talks go on")
    {
        var accepted = _db.Inbox.Accept(new ArticleSubmission(title, text, Source: "Test Wire"));
        return _db.Inbox.Pending(100).Single(p => p.Id == accepted.Id);
    }

    [SkippableFact]
    public void Commit_writes_article_actors_statements_and_marks_the_inbox_row_done()
    {
        var item = Accept();

        var ingested = _db.Articles.Commit(item, Fixtures.VargaExtraction());

        Assert.Empty(_db.Inbox.Pending(10));
        var statement = Assert.Single(ingested.Statements);
        Assert.Equal("Aldo Varga", statement.Speaker?.Name);
        Assert.True(statement.Direct);
        Assert.Equal("said", statement.Cue);
        Assert.Equal("Talks go on", statement.ArticleTitle);
        Assert.Equal("We will not yield,", statement.Text);

        var article = _db.Articles.Find(item.Id)!;
        Assert.Equal(Fixtures.Text, article.Text);
        Assert.Equal(["Aldo Varga", "Veltria"], article.Actors.Select(a => a.Name).Order());
        var span = Assert.Single(Assert.Single(article.Statements).Content);
        Assert.Equal("We will not yield,", Fixtures.Text[span.Start..span.End]);
    }

    [SkippableFact]
    public void An_actor_is_one_actor_across_articles_found_by_any_alias()
    {
        _db.Articles.Commit(Accept(), Fixtures.VargaExtraction());
        const string second = "Varga spoke again. “Nothing has changed,” Varga said.";
        var surnameOnly = new ExtractedActor("p", "Varga", ActorKind.Person, null, null, [], [new TextSpan(0, 5)]);
        var quote = new TextSpan(20, 39);
        _db.Articles.Commit(Accept(second, "Again"), new ArticleExtraction([], [surnameOnly],
            [new ExtractedStatement([quote], quote.Of(second), StatementKind.Direct, null, "said", null, "p", SpeakerResolution.Named, 0.8, new TextSpan(19, second.Length))]));

        var varga = _db.Actors.Find("Varga")!;
        Assert.Equal("Aldo Varga", varga.Name);
        Assert.Equal("Foreign Minister", varga.Role);
        Assert.Equal(2, varga.StatementCount);
        Assert.Equal(varga.Id, _db.Actors.Find("aldo varga")!.Id);
        Assert.Equal(2, _db.Statements.Query(new StatementQuery(ActorId: varga.Id)).Count);
    }

    [SkippableFact]
    public void Statements_are_newest_first_and_searchable_by_words()
    {
        _db.Articles.Commit(Accept(), Fixtures.VargaExtraction());
        const string later = "“The harbour stays open,” Varga said.";
        var actor = new ExtractedActor("p", "Aldo Varga", ActorKind.Person, null, null, [], []);
        _db.Articles.Commit(Accept(later, "Harbour"), new ArticleExtraction([], [actor],
            [new ExtractedStatement([new TextSpan(1, 24)], "The harbour stays open,", StatementKind.Direct, null, "said", null, "p", SpeakerResolution.Named, 0.9, new TextSpan(0, later.Length))]));

        var all = _db.Statements.Query(new StatementQuery());
        Assert.Equal(["The harbour stays open,", "We will not yield,"], all.Select(s => s.Text));

        var found = _db.Statements.Query(new StatementQuery(Text: "yield"));
        Assert.Equal("We will not yield,", Assert.Single(found).Text);
        // FTS syntax in user input is treated as words, not as an error.
        Assert.Empty(_db.Statements.Query(new StatementQuery(Text: "\"NEAR( OR *")));
    }

    [SkippableFact]
    public void The_watch_list_names_win_and_its_aliases_resolve()
    {
        _db.Actors.UpsertWatched([new WatchedActor("Aldo Varga", ActorKind.Person, ["A. Varga", "Varga"], "Foreign Minister", "Veltria")]);
        _db.Articles.Commit(Accept(), Fixtures.VargaExtraction());

        var varga = _db.Actors.Find("A. Varga")!;
        Assert.Equal("aldo-varga", varga.Id);
        Assert.Contains("A. Varga", varga.Aliases);
        Assert.Equal(1, varga.StatementCount);
    }

    [SkippableFact]
    public void Migrating_twice_is_harmless()
    {
        Assert.Equal(_db.Database.Migrate(), _db.Database.Migrate());
    }

    [SkippableTheory]
    [InlineData("Aldo Vargasson", "Aldo Vargason", true)]   // a spelling variant of a long surname
    [InlineData("Aldo Vargasson", "Ilse Vargasson", false)] // another person of the same family
    [InlineData("Aldo Varga", "Aldo Vargo", false)]         // short surnames never merge by similarity
    public void A_spelling_variant_of_a_known_person_is_the_same_actor(string first, string second, bool same)
    {
        string Commit(string name, string body)
        {
            var actor = new ExtractedActor("p", name, ActorKind.Person, null, null, [], [new TextSpan(0, name.Length)]);
            return _db.Articles.Commit(Accept($"{name} {body}", body), new ArticleExtraction([], [actor], [])).Actors.Single().Id;
        }

        var one = Commit(first, "spoke on Monday.");
        var two = Commit(second, "spoke again on Tuesday.");

        Assert.Equal(same, one == two);
    }
}

public sealed class ArticleStoreOnSqlite() : ArticleStoreTests(SqlDialect.Sqlite);

public sealed class ArticleStoreOnPostgres() : ArticleStoreTests(SqlDialect.Postgres);
