namespace Briefing.Data.Schema;

/// <summary>The PostgreSQL twin of <see cref="Migrations"/>: entry N makes the same tables as SQLite's entry N, in
/// PostgreSQL's types. Timestamps stay sortable ISO-8601 text and flags stay 0/1 integers, so every store's SQL
/// means the same on both engines. Append only, in step with <see cref="Migrations"/>.</summary>
internal static class PostgresMigrations
{
    public static readonly IReadOnlyList<string> All =
    [
        // 1: articles, actors, mentions, statements (searchable through a generated tsvector), the inbox, topics,
        // positions, curations, meta.
        """
        CREATE TABLE inbox (
            id            text PRIMARY KEY,
            content_hash  text NOT NULL UNIQUE,
            url           text UNIQUE,
            title         text NOT NULL,
            text          text NOT NULL,
            source        text,
            published_at  text,
            received_at   text NOT NULL,
            via           text NOT NULL,
            status        text NOT NULL DEFAULT 'pending',
            attempts      integer NOT NULL DEFAULT 0,
            error         text,
            processed_at  text
        );
        CREATE INDEX inbox_by_status ON inbox(status, received_at);

        CREATE TABLE articles (
            id            text PRIMARY KEY,
            title         text NOT NULL,
            text          text NOT NULL,
            url           text,
            source        text,
            published_at  text,
            ingested_at   text NOT NULL,
            content_hash  text NOT NULL
        );
        CREATE INDEX articles_by_ingested ON articles(ingested_at DESC);

        CREATE TABLE actors (
            id            text PRIMARY KEY,
            name          text NOT NULL,
            kind          text NOT NULL,
            role          text,
            affiliation   text,
            watched       integer NOT NULL DEFAULT 0,
            created_at    text NOT NULL,
            updated_at    text NOT NULL
        );

        CREATE TABLE actor_aliases (
            norm_alias    text PRIMARY KEY,
            alias         text NOT NULL,
            actor_id      text NOT NULL REFERENCES actors(id) ON DELETE CASCADE
        );
        CREATE INDEX actor_aliases_by_actor ON actor_aliases(actor_id);

        CREATE TABLE mentions (
            article_id    text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            actor_id      text NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            start         integer NOT NULL,
            "end"         integer NOT NULL,
            PRIMARY KEY (article_id, start)
        );
        CREATE INDEX mentions_by_actor ON mentions(actor_id);

        -- 'simple': words as written, no stemming — what SQLite's FTS5 unicode61 tokenizer matches too.
        CREATE TABLE statements (
            id              text PRIMARY KEY,
            article_id      text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            ordinal         integer NOT NULL,
            speaker_id      text REFERENCES actors(id) ON DELETE SET NULL,
            text            text NOT NULL,
            kind            text NOT NULL,
            cue             text,
            cue_start       integer,
            cue_end         integer,
            source_start    integer,
            source_end      integer,
            content_spans   text NOT NULL,
            sentence_start  integer NOT NULL,
            sentence_end    integer NOT NULL,
            resolution      text NOT NULL,
            confidence      double precision NOT NULL,
            published_at    text,
            ingested_at     text NOT NULL,
            rejected        integer NOT NULL DEFAULT 0,
            search          tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED
        );
        CREATE INDEX statements_by_time ON statements(ingested_at DESC, ordinal);
        CREATE INDEX statements_by_speaker ON statements(speaker_id, ingested_at DESC);
        CREATE INDEX statements_by_article ON statements(article_id, ordinal);
        CREATE INDEX statements_search ON statements USING gin (search);

        CREATE TABLE topics (
            id            text PRIMARY KEY,
            name          text NOT NULL UNIQUE,
            description   text NOT NULL DEFAULT '',
            keywords      text NOT NULL DEFAULT '[]',
            support_cues  text NOT NULL DEFAULT '[]',
            oppose_cues   text NOT NULL DEFAULT '[]',
            urgent        integer NOT NULL DEFAULT 0,
            updated_at    text NOT NULL
        );

        CREATE TABLE statement_topics (
            statement_id  text NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
            topic_id      text NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
            stance        text NOT NULL,
            confidence    double precision NOT NULL,
            keywords      text NOT NULL DEFAULT '[]',
            cues          text NOT NULL DEFAULT '[]',
            PRIMARY KEY (statement_id, topic_id)
        );
        CREATE INDEX statement_topics_by_topic ON statement_topics(topic_id);

        CREATE TABLE positions (
            actor_id      text NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            topic_id      text NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
            stance        text NOT NULL,
            confidence    double precision NOT NULL,
            summary       text NOT NULL,
            first_seen    text NOT NULL,
            last_seen     text NOT NULL,
            shifted_at    text,
            shifted_from  text,
            PRIMARY KEY (actor_id, topic_id)
        );
        CREATE INDEX positions_by_topic ON positions(topic_id);

        CREATE TABLE curations (
            id            bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            statement_id  text NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
            action        text NOT NULL,
            detail        text,
            curated_by    text NOT NULL,
            curated_at    text NOT NULL
        );
        CREATE INDEX curations_by_statement ON curations(statement_id);

        CREATE TABLE meta (
            key           text PRIMARY KEY,
            value         text NOT NULL
        );
        """,

        // 2: API keys, feeds and their seen items, near-copy signatures, "also carried by".
        """
        CREATE TABLE api_keys (
            name          text PRIMARY KEY,
            key_hash      text NOT NULL UNIQUE,
            created_at    text NOT NULL,
            revoked_at    text
        );

        CREATE TABLE feeds (
            id                    bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            url                   text NOT NULL UNIQUE,
            name                  text,
            interval_seconds      integer NOT NULL,
            from_config           integer NOT NULL DEFAULT 0,
            etag                  text,
            last_modified         text,
            next_poll_at          text,
            last_polled_at        text,
            last_success_at       text,
            last_error            text,
            last_error_at         text,
            consecutive_failures  integer NOT NULL DEFAULT 0,
            items_seen            integer NOT NULL DEFAULT 0
        );

        CREATE TABLE feed_items (
            feed_id       bigint NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            item_key      text NOT NULL,
            seen_at       text NOT NULL,
            PRIMARY KEY (feed_id, item_key)
        );

        ALTER TABLE inbox ADD COLUMN minhash bytea;

        CREATE TABLE carried_by (
            article_id    text NOT NULL,
            content_hash  text NOT NULL UNIQUE,
            url           text UNIQUE,
            source        text,
            title         text NOT NULL,
            similarity    double precision NOT NULL,
            received_at   text NOT NULL
        );
        CREATE INDEX carried_by_article ON carried_by(article_id, received_at);
        """,

        // 3: labelled stance examples per topic, and sentence vectors stored so retraining never re-embeds (issue 9).
        """
        CREATE TABLE topic_examples (
            id            bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            topic_id      text NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
            text          text NOT NULL,
            stance        text NOT NULL,
            source        text NOT NULL,
            statement_id  text,
            created_at    text NOT NULL
        );
        CREATE INDEX topic_examples_topic ON topic_examples(topic_id);
        CREATE UNIQUE INDEX topic_examples_correction ON topic_examples(topic_id, statement_id) WHERE statement_id IS NOT NULL;

        CREATE TABLE text_vectors (
            text_hash     text PRIMARY KEY,
            vector        bytea NOT NULL
        );
        """,

        // 4: data-protection keys (cookies and protected browser storage survive restarts and are shared by nodes)
        // and wall display links (hashed, revocable) (issue 12).
        """
        CREATE TABLE data_protection_keys (
            name          text PRIMARY KEY,
            xml           text NOT NULL,
            created_at    text NOT NULL
        );

        CREATE TABLE display_links (
            id            text PRIMARY KEY,
            name          text NOT NULL UNIQUE,
            token_hash    text NOT NULL UNIQUE,
            wall_query    text NOT NULL,
            created_at    text NOT NULL,
            revoked_at    text
        );
        """,

        // 5: alerts (issue 14): subscriptions, the alerts raised (deduplicated per subscription), webhook deliveries.
        """
        CREATE TABLE alert_subscriptions (
            id            bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            name          text NOT NULL,
            actor_id      text,
            topic_id      text,
            kind          text NOT NULL,
            min_outlets   integer NOT NULL DEFAULT 2,
            webhook_url   text,
            secret        text,
            created_by    text NOT NULL,
            created_at    text NOT NULL
        );

        CREATE TABLE alerts (
            id               bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            subscription_id  bigint NOT NULL REFERENCES alert_subscriptions(id) ON DELETE CASCADE,
            dedupe_key       text NOT NULL,
            kind             text NOT NULL,
            title            text NOT NULL,
            detail           text NOT NULL,
            link             text,
            actor_id         text,
            topic_id         text,
            raised_at        text NOT NULL,
            UNIQUE (subscription_id, dedupe_key)
        );
        CREATE INDEX alerts_by_time ON alerts(raised_at DESC);

        CREATE TABLE alert_deliveries (
            id            bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            alert_id      bigint NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
            url           text NOT NULL,
            attempt       integer NOT NULL,
            status        integer,
            error         text,
            duration_ms   integer NOT NULL,
            attempted_at  text NOT NULL
        );
        CREATE INDEX alert_deliveries_by_time ON alert_deliveries(attempted_at DESC);
        """,

        // 6: actor curation (issue 14): merge (undoable), split and edit, each recorded with who, when and what moved.
        """
        ALTER TABLE actors ADD COLUMN merged_into text;

        CREATE TABLE actor_curations (
            id            bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            action        text NOT NULL,
            actor_id      text NOT NULL,
            other_id      text,
            detail        text NOT NULL,
            curated_by    text NOT NULL,
            curated_at    text NOT NULL,
            undone_by     text,
            undone_at     text
        );
        CREATE INDEX actor_curations_by_actor ON actor_curations(actor_id);
        CREATE INDEX actor_curations_by_other ON actor_curations(other_id);
        """,

        // 7: feed credentials kept apart from the feed URL, which is shown and logged (issue 15).
        """
        ALTER TABLE feeds ADD COLUMN credentials text;
        """,

        // 8: an actor's live statements from the index alone (issue 10).
        """
        CREATE INDEX statements_by_speaker_live ON statements(speaker_id, rejected, id);
        """,

        // 9: the latest articles straight from an index (issue 10): the list orders by (ingested_at DESC, id).
        """
        CREATE INDEX articles_by_time ON articles(ingested_at DESC, id);
        DROP INDEX articles_by_ingested;
        """,

        // 10: one speaker index for all of a speaker's reads (issue 10): newest first without a sort, live ids from the index.
        """
        CREATE INDEX statements_by_speaker_time ON statements(speaker_id, ingested_at DESC, ordinal, rejected, id);
        DROP INDEX statements_by_speaker_live;
        DROP INDEX statements_by_speaker;
        """,

        // 11: position evidence from one index (issue 10): classifications carry their statement's speaker, time,
        // ordinal and rejected flag, kept in step by a trigger; the timeline index gains id and rejected; positions
        // get a revision (evidence cache) and a time index.
        """
        ALTER TABLE statement_topics ADD COLUMN speaker_id text;
        ALTER TABLE statement_topics ADD COLUMN seen_at text;
        ALTER TABLE statement_topics ADD COLUMN ordinal integer NOT NULL DEFAULT 0;
        ALTER TABLE statement_topics ADD COLUMN rejected integer NOT NULL DEFAULT 0;
        UPDATE statement_topics SET speaker_id = s.speaker_id, seen_at = coalesce(s.published_at, s.ingested_at),
            ordinal = s.ordinal, rejected = s.rejected
        FROM statements s WHERE s.id = statement_topics.statement_id;
        CREATE INDEX statement_topics_evidence ON statement_topics(speaker_id, topic_id, rejected, seen_at, ordinal);
        DROP INDEX statement_topics_by_topic;
        CREATE INDEX statement_topics_by_topic ON statement_topics(topic_id, rejected);
        CREATE INDEX statements_by_time_id ON statements(ingested_at DESC, ordinal, id, rejected, speaker_id);
        DROP INDEX statements_by_time;
        ALTER TABLE positions ADD COLUMN revision text;
        UPDATE positions SET revision = md5(random()::text || clock_timestamp()::text || actor_id || topic_id);
        CREATE INDEX positions_by_time ON positions(last_seen DESC);
        DROP INDEX positions_by_topic;
        CREATE INDEX positions_by_topic ON positions(topic_id, last_seen DESC);
        CREATE FUNCTION statement_topics_follow_statement() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE statement_topics SET speaker_id = NEW.speaker_id, rejected = NEW.rejected WHERE statement_id = NEW.id;
            RETURN NULL;
        END;
        $$;
        CREATE TRIGGER statement_topics_follow_statement AFTER UPDATE OF speaker_id, rejected ON statements
            FOR EACH ROW EXECUTE FUNCTION statement_topics_follow_statement();
        """,
        // 12: an actor's counts kept on its row by triggers (issue 10): the actor views no longer count every
        // statement and mention of the actor on each read.
        """
        ALTER TABLE actors ADD COLUMN statement_count integer NOT NULL DEFAULT 0;
        ALTER TABLE actors ADD COLUMN mention_count integer NOT NULL DEFAULT 0;
        UPDATE actors SET
            statement_count = (SELECT count(*) FROM statements s WHERE s.speaker_id = actors.id AND s.rejected = 0),
            mention_count = (SELECT count(*) FROM mentions m WHERE m.actor_id = actors.id);
        CREATE FUNCTION actors_count_statements() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('DELETE', 'UPDATE') AND OLD.rejected = 0 THEN
                UPDATE actors SET statement_count = statement_count - 1 WHERE id = OLD.speaker_id;
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.rejected = 0 THEN
                UPDATE actors SET statement_count = statement_count + 1 WHERE id = NEW.speaker_id;
            END IF;
            RETURN NULL;
        END;
        $$;
        CREATE TRIGGER actors_count_statements AFTER INSERT OR DELETE OR UPDATE OF speaker_id, rejected ON statements
            FOR EACH ROW EXECUTE FUNCTION actors_count_statements();
        CREATE FUNCTION actors_count_mentions() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('DELETE', 'UPDATE') THEN
                UPDATE actors SET mention_count = mention_count - 1 WHERE id = OLD.actor_id;
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                UPDATE actors SET mention_count = mention_count + 1 WHERE id = NEW.actor_id;
            END IF;
            RETURN NULL;
        END;
        $$;
        CREATE TRIGGER actors_count_mentions AFTER INSERT OR DELETE OR UPDATE OF actor_id ON mentions
            FOR EACH ROW EXECUTE FUNCTION actors_count_mentions();
        """,
        // 13: statement confidences recalibrated (issue 13): the same SQL as SQLite's.
        Migrations.SpeakerConfidences,
    ];
}
