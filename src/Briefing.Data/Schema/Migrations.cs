namespace Briefing.Data.Schema;

/// <summary>Ordered schema migrations. Append only: a migration that has shipped is never edited.</summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<string> All =
    [
        // 1: articles, actors, mentions, statements, the inbox, and tables ready for topics and positions.
        """
        CREATE TABLE inbox (
            id            TEXT PRIMARY KEY,
            content_hash  TEXT NOT NULL UNIQUE,
            url           TEXT UNIQUE,
            title         TEXT NOT NULL,
            text          TEXT NOT NULL,
            source        TEXT,
            published_at  TEXT,
            received_at   TEXT NOT NULL,
            via           TEXT NOT NULL,
            status        TEXT NOT NULL DEFAULT 'pending',
            attempts      INTEGER NOT NULL DEFAULT 0,
            error         TEXT,
            processed_at  TEXT
        );
        CREATE INDEX inbox_by_status ON inbox(status, received_at);

        CREATE TABLE articles (
            id            TEXT PRIMARY KEY,
            title         TEXT NOT NULL,
            text          TEXT NOT NULL,
            url           TEXT,
            source        TEXT,
            published_at  TEXT,
            ingested_at   TEXT NOT NULL,
            content_hash  TEXT NOT NULL
        );
        CREATE INDEX articles_by_ingested ON articles(ingested_at DESC);

        CREATE TABLE actors (
            id            TEXT PRIMARY KEY,
            name          TEXT NOT NULL,
            kind          TEXT NOT NULL,
            role          TEXT,
            affiliation   TEXT,
            watched       INTEGER NOT NULL DEFAULT 0,
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL
        );

        -- Every name an actor is known by, normalised; one name belongs to one actor.
        CREATE TABLE actor_aliases (
            norm_alias    TEXT PRIMARY KEY,
            alias         TEXT NOT NULL,
            actor_id      TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE
        );
        CREATE INDEX actor_aliases_by_actor ON actor_aliases(actor_id);

        CREATE TABLE mentions (
            article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            actor_id      TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            start         INTEGER NOT NULL,
            end           INTEGER NOT NULL,
            PRIMARY KEY (article_id, start)
        );
        CREATE INDEX mentions_by_actor ON mentions(actor_id);

        CREATE TABLE statements (
            id              TEXT PRIMARY KEY,
            article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            ordinal         INTEGER NOT NULL,
            speaker_id      TEXT REFERENCES actors(id) ON DELETE SET NULL,
            text            TEXT NOT NULL,
            kind            TEXT NOT NULL,
            cue             TEXT,
            cue_start       INTEGER,
            cue_end         INTEGER,
            source_start    INTEGER,
            source_end      INTEGER,
            content_spans   TEXT NOT NULL,
            sentence_start  INTEGER NOT NULL,
            sentence_end    INTEGER NOT NULL,
            resolution      TEXT NOT NULL,
            confidence      REAL NOT NULL,
            published_at    TEXT,
            ingested_at     TEXT NOT NULL,
            rejected        INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX statements_by_time ON statements(ingested_at DESC, ordinal);
        CREATE INDEX statements_by_speaker ON statements(speaker_id, ingested_at DESC);
        CREATE INDEX statements_by_article ON statements(article_id, ordinal);

        CREATE VIRTUAL TABLE statements_fts USING fts5(text, content='statements', content_rowid='rowid');
        CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
            INSERT INTO statements_fts(rowid, text) VALUES (new.rowid, new.text);
        END;
        CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
            INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        END;

        CREATE TABLE topics (
            id            TEXT PRIMARY KEY,
            name          TEXT NOT NULL UNIQUE,
            description   TEXT NOT NULL DEFAULT '',
            keywords      TEXT NOT NULL DEFAULT '[]',
            support_cues  TEXT NOT NULL DEFAULT '[]',
            oppose_cues   TEXT NOT NULL DEFAULT '[]',
            urgent        INTEGER NOT NULL DEFAULT 0,
            updated_at    TEXT NOT NULL
        );

        CREATE TABLE statement_topics (
            statement_id  TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
            topic_id      TEXT NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
            stance        TEXT NOT NULL,
            confidence    REAL NOT NULL,
            keywords      TEXT NOT NULL DEFAULT '[]',
            cues          TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (statement_id, topic_id)
        );
        CREATE INDEX statement_topics_by_topic ON statement_topics(topic_id);

        CREATE TABLE positions (
            actor_id      TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            topic_id      TEXT NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
            stance        TEXT NOT NULL,
            confidence    REAL NOT NULL,
            summary       TEXT NOT NULL,
            first_seen    TEXT NOT NULL,
            last_seen     TEXT NOT NULL,
            shifted_at    TEXT,
            shifted_from  TEXT,
            PRIMARY KEY (actor_id, topic_id)
        );
        CREATE INDEX positions_by_topic ON positions(topic_id);

        -- Analysts' corrections; the pipeline never overwrites them.
        CREATE TABLE curations (
            id            INTEGER PRIMARY KEY,
            statement_id  TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
            action        TEXT NOT NULL,
            detail        TEXT,
            curated_by    TEXT NOT NULL,
            curated_at    TEXT NOT NULL
        );
        CREATE INDEX curations_by_statement ON curations(statement_id);

        CREATE TABLE meta (
            key           TEXT PRIMARY KEY,
            value         TEXT NOT NULL
        );
        """,

        // 2: ingestion sources: API keys (hashed, revocable), feeds with their poll status and seen items,
        // and wire copies of an article carried by other outlets ("also carried by").
        """
        CREATE TABLE api_keys (
            name          TEXT PRIMARY KEY,
            key_hash      TEXT NOT NULL UNIQUE,
            created_at    TEXT NOT NULL,
            revoked_at    TEXT
        );

        CREATE TABLE feeds (
            id                    INTEGER PRIMARY KEY,
            url                   TEXT NOT NULL UNIQUE,
            name                  TEXT,
            interval_seconds      INTEGER NOT NULL,
            from_config           INTEGER NOT NULL DEFAULT 0,
            etag                  TEXT,
            last_modified         TEXT,
            next_poll_at          TEXT,
            last_polled_at        TEXT,
            last_success_at       TEXT,
            last_error            TEXT,
            last_error_at         TEXT,
            consecutive_failures  INTEGER NOT NULL DEFAULT 0,
            items_seen            INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE feed_items (
            feed_id       INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            item_key      TEXT NOT NULL,
            seen_at       TEXT NOT NULL,
            PRIMARY KEY (feed_id, item_key)
        );

        ALTER TABLE inbox ADD COLUMN minhash BLOB;

        CREATE TABLE carried_by (
            article_id    TEXT NOT NULL,
            content_hash  TEXT NOT NULL UNIQUE,
            url           TEXT UNIQUE,
            source        TEXT,
            title         TEXT NOT NULL,
            similarity    REAL NOT NULL,
            received_at   TEXT NOT NULL
        );
        CREATE INDEX carried_by_article ON carried_by(article_id, received_at);
        """,
        // 3: labelled stance examples per topic, and sentence vectors stored so retraining never re-embeds (issue 9)
        """
        CREATE TABLE topic_examples (
            id            INTEGER PRIMARY KEY,
            topic_id      TEXT NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
            text          TEXT NOT NULL,
            stance        TEXT NOT NULL,
            source        TEXT NOT NULL,
            statement_id  TEXT,
            created_at    TEXT NOT NULL
        );
        CREATE INDEX topic_examples_topic ON topic_examples(topic_id);
        CREATE UNIQUE INDEX topic_examples_correction ON topic_examples(topic_id, statement_id) WHERE statement_id IS NOT NULL;

        CREATE TABLE text_vectors (
            text_hash     TEXT PRIMARY KEY,
            vector        BLOB NOT NULL
        );
        """,

        // 4: data-protection keys (cookies and protected browser storage survive restarts and are shared by nodes)
        // and wall display links (hashed, revocable) (issue 12)
        """
        CREATE TABLE data_protection_keys (
            name          TEXT PRIMARY KEY,
            xml           TEXT NOT NULL,
            created_at    TEXT NOT NULL
        );

        CREATE TABLE display_links (
            id            TEXT PRIMARY KEY,
            name          TEXT NOT NULL UNIQUE,
            token_hash    TEXT NOT NULL UNIQUE,
            wall_query    TEXT NOT NULL,
            created_at    TEXT NOT NULL,
            revoked_at    TEXT
        );
        """,

        // 5: alerts (issue 14): subscriptions (actor, topic or both; what to watch; an optional signed webhook),
        // the alerts raised (deduplicated per subscription), and every webhook delivery attempt.
        """
        CREATE TABLE alert_subscriptions (
            id            INTEGER PRIMARY KEY,
            name          TEXT NOT NULL,
            actor_id      TEXT,
            topic_id      TEXT,
            kind          TEXT NOT NULL,
            min_outlets   INTEGER NOT NULL DEFAULT 2,
            webhook_url   TEXT,
            secret        TEXT,
            created_by    TEXT NOT NULL,
            created_at    TEXT NOT NULL
        );

        CREATE TABLE alerts (
            id               INTEGER PRIMARY KEY,
            subscription_id  INTEGER NOT NULL REFERENCES alert_subscriptions(id) ON DELETE CASCADE,
            dedupe_key       TEXT NOT NULL,
            kind             TEXT NOT NULL,
            title            TEXT NOT NULL,
            detail           TEXT NOT NULL,
            link             TEXT,
            actor_id         TEXT,
            topic_id         TEXT,
            raised_at        TEXT NOT NULL,
            UNIQUE (subscription_id, dedupe_key)
        );
        CREATE INDEX alerts_by_time ON alerts(raised_at DESC);

        CREATE TABLE alert_deliveries (
            id            INTEGER PRIMARY KEY,
            alert_id      INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
            url           TEXT NOT NULL,
            attempt       INTEGER NOT NULL,
            status        INTEGER,
            error         TEXT,
            duration_ms   INTEGER NOT NULL,
            attempted_at  TEXT NOT NULL
        );
        CREATE INDEX alert_deliveries_by_time ON alert_deliveries(attempted_at DESC);
        """,

        // 6: actor curation (issue 14): merge (undoable), split and edit, each recorded with who, when and what moved.
        """
        ALTER TABLE actors ADD COLUMN merged_into TEXT;

        CREATE TABLE actor_curations (
            id            INTEGER PRIMARY KEY,
            action        TEXT NOT NULL,
            actor_id      TEXT NOT NULL,
            other_id      TEXT,
            detail        TEXT NOT NULL,
            curated_by    TEXT NOT NULL,
            curated_at    TEXT NOT NULL,
            undone_by     TEXT,
            undone_at     TEXT
        );
        CREATE INDEX actor_curations_by_actor ON actor_curations(actor_id);
        CREATE INDEX actor_curations_by_other ON actor_curations(other_id);
        """,

        // 7: feed credentials kept apart from the feed URL, which is shown and logged (issue 15)
        """
        ALTER TABLE feeds ADD COLUMN credentials TEXT;
        """,

        // 8: an actor's live statements from the index alone (issue 10): position evidence (speaker × topic) and
        // statement counts probe statement_topics by id without reading each statement row first, so a speaker
        // with tens of thousands of statements is recomputed in milliseconds, not seconds.
        """
        CREATE INDEX statements_by_speaker_live ON statements(speaker_id, rejected, id);
        """,

        // 9: the latest articles straight from an index (issue 10): the list orders by (ingested_at DESC, id), which
        // the first index could not serve, so every dashboard load scanned and sorted all articles.
        """
        CREATE INDEX articles_by_time ON articles(ingested_at DESC, id);
        DROP INDEX articles_by_ingested;
        """,

        // 10: one speaker index for all of a speaker's reads (issue 10): newest first without a sort (actor page,
        // statements?actor=), and live ids from the index alone (counts, position evidence). Replaces the first
        // speaker index and migration 8's, which made the planner sort a speaker's every statement for one page.
        """
        CREATE INDEX statements_by_speaker_time ON statements(speaker_id, ingested_at DESC, ordinal, rejected, id);
        DROP INDEX statements_by_speaker_live;
        DROP INDEX statements_by_speaker;
        """,

        // 11: position evidence from one index (issue 10): each classification carries its statement's speaker,
        // time (published, else ingested), ordinal and rejected flag, kept in step by a trigger, so an actor × topic
        // pair's newest evidence is a short range of statement_topics_evidence instead of a walk over every statement
        // the speaker made; live counts per topic come from statement_topics_by_topic alone. The timeline index gains
        // the id (a total order, for cursors), the rejected flag and the speaker, so a page's ids, however deep, and
        // who spoke lately (the wall) come from it alone.
        // A position's revision changes whenever it is recomputed (readers cache its evidence until then); positions
        // newest first come from an index.
        """
        ALTER TABLE statement_topics ADD COLUMN speaker_id TEXT;
        ALTER TABLE statement_topics ADD COLUMN seen_at TEXT;
        ALTER TABLE statement_topics ADD COLUMN ordinal INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE statement_topics ADD COLUMN rejected INTEGER NOT NULL DEFAULT 0;
        UPDATE statement_topics SET speaker_id = s.speaker_id, seen_at = coalesce(s.published_at, s.ingested_at),
            ordinal = s.ordinal, rejected = s.rejected
        FROM statements s WHERE s.id = statement_topics.statement_id;
        CREATE INDEX statement_topics_evidence ON statement_topics(speaker_id, topic_id, rejected, seen_at, ordinal);
        DROP INDEX statement_topics_by_topic;
        CREATE INDEX statement_topics_by_topic ON statement_topics(topic_id, rejected);
        CREATE INDEX statements_by_time_id ON statements(ingested_at DESC, ordinal, id, rejected, speaker_id);
        DROP INDEX statements_by_time;
        ALTER TABLE positions ADD COLUMN revision TEXT;
        UPDATE positions SET revision = lower(hex(randomblob(16)));
        CREATE INDEX positions_by_time ON positions(last_seen DESC);
        DROP INDEX positions_by_topic;
        CREATE INDEX positions_by_topic ON positions(topic_id, last_seen DESC);
        CREATE TRIGGER statement_topics_follow_statement AFTER UPDATE OF speaker_id, rejected ON statements BEGIN
            UPDATE statement_topics SET speaker_id = new.speaker_id, rejected = new.rejected WHERE statement_id = new.id;
        END;
        """,
        // 12: an actor's counts kept on its row by triggers (issue 10). The actor views counted every statement and
        // mention of the actor on each read: 5 ms for an actor with 20,000 statements, paid for every actor of every
        // ingested batch (the live events carry the counts), so ingestion slowed as the busiest actors' history grew.
        """
        ALTER TABLE actors ADD COLUMN statement_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE actors ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0;
        UPDATE actors SET
            statement_count = (SELECT count(*) FROM statements s WHERE s.speaker_id = actors.id AND s.rejected = 0),
            mention_count = (SELECT count(*) FROM mentions m WHERE m.actor_id = actors.id);
        CREATE TRIGGER actors_count_statement_insert AFTER INSERT ON statements WHEN new.rejected = 0 BEGIN
            UPDATE actors SET statement_count = statement_count + 1 WHERE id = new.speaker_id;
        END;
        CREATE TRIGGER actors_count_statement_delete AFTER DELETE ON statements WHEN old.rejected = 0 BEGIN
            UPDATE actors SET statement_count = statement_count - 1 WHERE id = old.speaker_id;
        END;
        CREATE TRIGGER actors_count_statement_update AFTER UPDATE OF speaker_id, rejected ON statements BEGIN
            UPDATE actors SET statement_count = statement_count - 1 WHERE id = old.speaker_id AND old.rejected = 0;
            UPDATE actors SET statement_count = statement_count + 1 WHERE id = new.speaker_id AND new.rejected = 0;
        END;
        CREATE TRIGGER actors_count_mention_insert AFTER INSERT ON mentions BEGIN
            UPDATE actors SET mention_count = mention_count + 1 WHERE id = new.actor_id;
        END;
        CREATE TRIGGER actors_count_mention_delete AFTER DELETE ON mentions BEGIN
            UPDATE actors SET mention_count = mention_count - 1 WHERE id = old.actor_id;
        END;
        CREATE TRIGGER actors_count_mention_update AFTER UPDATE OF actor_id ON mentions BEGIN
            UPDATE actors SET mention_count = mention_count - 1 WHERE id = old.actor_id;
            UPDATE actors SET mention_count = mention_count + 1 WHERE id = new.actor_id;
        END;
        """,
        // 13: statement confidences recalibrated (issue 13). Confidence was set by hand per resolution and ranked them
        // wrongly; it is now the share of such speakers found right on PolNeAR train (StatementKinds.Confidence). Stored
        // statements get the new numbers so a wall, a brief and a card read old and new statements alike; curated
        // speakers keep their 1. (These numbers are this migration's own: later recalibrations add a migration.)
        SpeakerConfidences,
    ];

    /// <summary>Migration 13, the same on SQLite and PostgreSQL (portable SQL).</summary>
    internal const string SpeakerConfidences =
        """
        UPDATE statements SET confidence = CASE
            WHEN resolution = 'appositive' THEN CASE WHEN kind IN ('direct', 'mixed') THEN 0.99 ELSE 0.98 END
            WHEN resolution = 'pronoun' THEN CASE WHEN kind IN ('direct', 'mixed') THEN 0.98 ELSE 0.92 END
            WHEN resolution = 'surname' THEN CASE WHEN kind IN ('direct', 'mixed') THEN 0.97 ELSE 0.92 END
            WHEN resolution = 'named' THEN CASE WHEN kind IN ('direct', 'mixed') THEN 0.95 ELSE 0.90 END
            WHEN resolution = 'title' THEN 0.9
            WHEN resolution = 'earlierparagraph' THEN 0.35
            WHEN resolution IN ('unresolved', 'described') THEN CASE WHEN kind IN ('direct', 'mixed') THEN 0.2 ELSE 0.18 END
            ELSE confidence END;
        """;
}
