"""The store of scheduled runs: one SQLite file (standard library ``sqlite3``).

What it holds:

* ``articles``: one row per article identity (its URL, a feed entry id, or a file), with the
  story it belongs to and its current revision;
* ``revisions``: every version of an article's text ever seen (an edited headline or body at
  the same URL is a new revision; the old one is kept for the "what changed" diff);
* ``aliases``: other identities found to carry the same text (the same article at a second URL,
  or copied into the drop-box): deduplicated by content hash;
* ``inputs``: a fingerprint of every input already taken in (file bytes, feed entry, page
  bytes, HTTP validators), so an unchanged input is skipped without parsing it again;
* ``analyses``: extractor output keyed by (content hash, extractor, cache key, context); the
  ``version`` column holds the extractor's cache key (parameters, code, data files and
  dependencies), so any change to those re-scores only that extractor's results;
* ``stories``: slug, title, and a snapshot of what the last written report showed;
* ``runs``: one row per run with its status and counts;
* ``schema_migrations``: the named migrations applied, in order.

Safety: WAL journal, and every change happens inside a transaction (:meth:`Store.transaction`),
so a run killed at any moment leaves the database as it was at the last commit; the next run
picks up from there.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from .records import Article, ExtractorOutput, FeatureScore, Item, Removal, Sentence, Span

#: Named migrations, applied in order, each in one transaction, recorded in schema_migrations.
MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "0001_initial",
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            started TEXT NOT NULL,
            finished TEXT,
            status TEXT NOT NULL,          -- running, ok, partial, interrupted
            stats TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            created_run INTEGER NOT NULL REFERENCES runs(id),
            reported_run INTEGER REFERENCES runs(id),
            reported TEXT NOT NULL DEFAULT '{}'   -- snapshot of what the written report showed
        );
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            url TEXT NOT NULL DEFAULT '',
            authors TEXT NOT NULL DEFAULT '[]',
            story_id INTEGER REFERENCES stories(id),
            current_revision INTEGER,
            first_run INTEGER NOT NULL REFERENCES runs(id)
        );
        CREATE INDEX articles_story ON articles(story_id);
        CREATE TABLE revisions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            hash TEXT NOT NULL,
            run_id INTEGER NOT NULL REFERENCES runs(id),
            title TEXT NOT NULL,
            outlet TEXT NOT NULL,
            published TEXT NOT NULL,
            record TEXT NOT NULL,
            UNIQUE (article_id, hash)
        );
        CREATE INDEX revisions_hash ON revisions(hash);
        CREATE TABLE aliases (
            key TEXT PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id)
        );
        CREATE TABLE inputs (
            key TEXT PRIMARY KEY,
            fingerprint TEXT NOT NULL,
            etag TEXT NOT NULL DEFAULT '',
            last_modified TEXT NOT NULL DEFAULT '',
            run_id INTEGER NOT NULL REFERENCES runs(id)
        );
        CREATE TABLE analyses (
            hash TEXT NOT NULL,
            extractor TEXT NOT NULL,
            version TEXT NOT NULL,
            context TEXT NOT NULL,
            output TEXT NOT NULL,
            PRIMARY KEY (hash, extractor, version, context)
        );
        """,
    ),
    (
        # Why each article went into its story (similarity and what drove it), for index.json.
        "0002_placement",
        "ALTER TABLE articles ADD COLUMN placement TEXT NOT NULL DEFAULT '{}'",
    ),
)


def content_hash(article: Article) -> str:
    """SHA-256 of an article's headline and canonical text: what "the same content" means."""
    return hashlib.sha256(f"{article.title}\0{article.text}".encode("utf-8")).hexdigest()


def article_to_json(article: Article) -> str:
    """Serialise an :class:`Article` compactly (sentence texts are rebuilt from offsets)."""
    return json.dumps(
        {
            "id": article.id,
            "source": article.source,
            "outlet": article.outlet,
            "title": article.title,
            "text": article.text,
            "sentences": [[s.start, s.end, s.paragraph] for s in article.sentences],
            "outlet_from": article.outlet_from,
            "url": article.url,
            "published": article.published,
            "title_span": list(article.title_span) if article.title_span else None,
            "removed": [[r.text, r.reason] for r in article.removed],
            "warnings": list(article.warnings),
        },
        ensure_ascii=False,
    )


def article_from_json(data: str) -> Article:
    """Rebuild an :class:`Article` written by :func:`article_to_json`."""
    raw = json.loads(data)
    text = raw["text"]
    return Article(
        id=raw["id"],
        source=raw["source"],
        outlet=raw["outlet"],
        title=raw["title"],
        text=text,
        sentences=tuple(Sentence(i, s, e, text[s:e], p) for i, (s, e, p) in enumerate(raw["sentences"])),
        outlet_from=raw["outlet_from"],
        url=raw["url"],
        published=raw["published"],
        title_span=tuple(raw["title_span"]) if raw["title_span"] else None,  # type: ignore[arg-type]
        removed=tuple(Removal(t, r) for t, r in raw["removed"]),
        warnings=tuple(raw["warnings"]),
    )


def output_to_json(output: ExtractorOutput) -> str:
    """Serialise an extractor's output; span and item texts are rebuilt from the article."""
    return json.dumps(
        {
            "extractor": output.extractor,
            "scores": [
                [s.name, s.value, s.n_units, s.explanation, [[e.start, e.end, e.label, e.note] for e in s.evidence]]
                for s in output.scores
            ],
            "items": [[i.kind, i.start, i.end, dict(i.attrs)] for i in output.items],
        },
        ensure_ascii=False,
        allow_nan=True,
    )


def output_from_json(data: str, article: Article) -> ExtractorOutput:
    """Rebuild an :class:`ExtractorOutput` for ``article`` (offsets index its text)."""
    raw = json.loads(data)
    text = article.text
    scores = tuple(
        FeatureScore(name, value, tuple(Span(s, e, text[s:e], label, note) for s, e, label, note in evidence), n, why)
        for name, value, n, why, evidence in raw["scores"]
    )
    items = tuple(Item(kind, s, e, text[s:e], attrs) for kind, s, e, attrs in raw["items"])
    return ExtractorOutput(raw["extractor"], scores, items)


@dataclass(frozen=True)
class Ingested:
    """What storing one fetched article did: ``outcome`` is new, revised, unchanged or duplicate."""

    outcome: str
    article_id: int


class Store:
    """A biaslens database: open it, migrate it, read and change it in transactions.

    Use as a context manager or call :meth:`close`. Every method that changes data must run
    inside :meth:`transaction`.
    """

    def __init__(self, path: Path) -> None:
        """Open (creating when missing) the database at ``path`` and apply pending migrations."""
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        # Autocommit mode: transactions are opened explicitly, so their extent is visible here.
        self.db = sqlite3.connect(str(path), isolation_level=None, timeout=30.0)
        self.db.execute("PRAGMA journal_mode=WAL")
        # NORMAL with WAL: a killed process never corrupts the file or loses a committed run.
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.migrate()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the body in one transaction: all of it is committed, or none of it."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- schema ---------------------------------------------------------------------------------

    def migrate(self) -> list[str]:
        """Apply every migration not yet recorded; return the names applied now."""
        self.db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        done = {row[0] for row in self.db.execute("SELECT name FROM schema_migrations")}
        applied = []
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            with self.transaction() as db:
                for statement in sql.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute("INSERT INTO schema_migrations VALUES (?, datetime('now'))", (name,))
            applied.append(name)
        return applied

    def migrations(self) -> list[str]:
        """Return the names of the migrations recorded in the database, in order applied."""
        return [row[0] for row in self.db.execute("SELECT name FROM schema_migrations ORDER BY rowid")]

    def check(self) -> str:
        """Run SQLite's integrity check; returns ``"ok"`` for a sound database."""
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])

    # -- runs -----------------------------------------------------------------------------------

    def start_run(self, started: str) -> int:
        """Record a new run; runs left ``running`` by a killed process become ``interrupted``."""
        with self.transaction() as db:
            db.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
            cursor = db.execute("INSERT INTO runs (started, status) VALUES (?, 'running')", (started,))
            return int(cursor.lastrowid or 0)

    def finish_run(self, run_id: int, finished: str, status: str, stats: dict[str, Any]) -> None:
        """Record how run ``run_id`` ended."""
        with self.transaction() as db:
            db.execute(
                "UPDATE runs SET finished = ?, status = ?, stats = ? WHERE id = ?",
                (finished, status, json.dumps(stats, sort_keys=True), run_id),
            )

    def runs(self) -> list[dict[str, Any]]:
        """Return every run, oldest first."""
        rows = self.db.execute("SELECT id, started, finished, status, stats FROM runs ORDER BY id")
        return [
            {"id": r[0], "started": r[1], "finished": r[2], "status": r[3], "stats": json.loads(r[4])} for r in rows
        ]

    # -- inputs ---------------------------------------------------------------------------------

    def input_state(self, key: str) -> tuple[str, str, str] | None:
        """Return (fingerprint, etag, last_modified) recorded for input ``key``, or ``None``."""
        row = self.db.execute("SELECT fingerprint, etag, last_modified FROM inputs WHERE key = ?", (key,)).fetchone()
        return None if row is None else (row[0], row[1], row[2])

    def record_input(self, key: str, fingerprint: str, run_id: int, etag: str = "", last_modified: str = "") -> None:
        """Remember that input ``key`` with ``fingerprint`` has been taken in (in a transaction)."""
        self.db.execute(
            "INSERT INTO inputs (key, fingerprint, etag, last_modified, run_id) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET fingerprint = excluded.fingerprint, etag = excluded.etag, "
            "last_modified = excluded.last_modified, run_id = excluded.run_id",
            (key, fingerprint, etag, last_modified, run_id),
        )

    # -- articles -------------------------------------------------------------------------------

    def ingest(self, key: str, article: Article, run_id: int, authors: tuple[str, ...] = ()) -> Ingested:
        """Store ``article`` under identity ``key`` (in a transaction); deduplicate.

        Same key and same content: unchanged. Same key, new content: a new revision (an edit).
        New key whose content an article already has: an alias of that article (a duplicate).
        Otherwise a new article, not yet in a story.
        """
        digest = content_hash(article)
        db = self.db
        row = db.execute("SELECT article_id FROM aliases WHERE key = ?", (key,)).fetchone()
        if row is None:
            row = db.execute("SELECT id FROM articles WHERE key = ?", (key,)).fetchone()
        if row is not None:
            article_id = int(row[0])
            current = db.execute(
                "SELECT r.hash FROM articles a JOIN revisions r ON r.id = a.current_revision WHERE a.id = ?",
                (article_id,),
            ).fetchone()
            if current is not None and current[0] == digest:
                return Ingested("unchanged", article_id)
            revision = self._revision(article_id, digest, article, run_id)
            db.execute("UPDATE articles SET current_revision = ? WHERE id = ?", (revision, article_id))
            return Ingested("revised", article_id)
        same = db.execute(
            "SELECT a.id FROM revisions r JOIN articles a ON a.current_revision = r.id WHERE r.hash = ? ORDER BY a.id LIMIT 1",
            (digest,),
        ).fetchone()
        if same is not None:
            db.execute("INSERT INTO aliases (key, article_id) VALUES (?, ?)", (key, int(same[0])))
            return Ingested("duplicate", int(same[0]))
        cursor = db.execute(
            "INSERT INTO articles (key, url, authors, first_run) VALUES (?, ?, ?, ?)",
            (key, article.url, json.dumps(list(authors), ensure_ascii=False), run_id),
        )
        article_id = int(cursor.lastrowid or 0)
        revision = self._revision(article_id, digest, article, run_id)
        db.execute("UPDATE articles SET current_revision = ? WHERE id = ?", (revision, article_id))
        return Ingested("new", article_id)

    def _revision(self, article_id: int, digest: str, article: Article, run_id: int) -> int:
        row = self.db.execute("SELECT id FROM revisions WHERE article_id = ? AND hash = ?", (article_id, digest)).fetchone()
        if row is not None:  # an edit reverted to an earlier version: reuse that revision
            return int(row[0])
        cursor = self.db.execute(
            "INSERT INTO revisions (article_id, hash, run_id, title, outlet, published, record) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (article_id, digest, run_id, article.title, article.outlet, article.published, article_to_json(article)),
        )
        return int(cursor.lastrowid or 0)

    def unplaced(self) -> list[tuple[int, str, Article]]:
        """Return (article id, key, current article) of every article not yet in a story."""
        rows = self.db.execute(
            "SELECT a.id, a.key, r.record FROM articles a JOIN revisions r ON r.id = a.current_revision "
            "WHERE a.story_id IS NULL ORDER BY a.id"
        )
        return [(int(i), k, article_from_json(rec)) for i, k, rec in rows]

    def story_articles(self, story_id: int | None = None) -> list[dict[str, Any]]:
        """Return the current state of every placed article (of one story, or of all).

        Each row: article id, key, story id, url, authors, revision hash, title, outlet,
        published, and ``record`` (the serialised article; use :func:`article_from_json`).
        """
        sql = (
            "SELECT a.id, a.key, a.story_id, a.url, a.authors, r.hash, r.title, r.outlet, r.published, r.record "
            "FROM articles a JOIN revisions r ON r.id = a.current_revision WHERE a.story_id IS NOT NULL"
        )
        args: tuple[Any, ...] = ()
        if story_id is not None:
            sql += " AND a.story_id = ?"
            args = (story_id,)
        names = ("id", "key", "story_id", "url", "authors", "hash", "title", "outlet", "published", "record")
        return [dict(zip(names, row)) for row in self.db.execute(sql + " ORDER BY a.id", args)]

    def story_states(self) -> list[dict[str, Any]]:
        """Return, per story, what its report needs to be current: members and the last snapshot.

        Each row: id, slug, title, ``members`` ({article key: revision hash}) and ``reported``
        (the snapshot stored by :meth:`mark_reported`). Cheap: no article text is read.
        """
        stories = {
            int(i): {"id": int(i), "slug": s, "title": t, "members": {}, "reported": json.loads(rep)}
            for i, s, t, rep in self.db.execute("SELECT id, slug, title, reported FROM stories ORDER BY id")
        }
        for story_id, key, digest in self.db.execute(
            "SELECT a.story_id, a.key, r.hash FROM articles a JOIN revisions r ON r.id = a.current_revision "
            "WHERE a.story_id IS NOT NULL"
        ):
            stories[int(story_id)]["members"][key] = digest
        return list(stories.values())

    def index_rows(self) -> list[dict[str, Any]]:
        """Return what the index lists per placed article: story id, key, url, authors, title, outlet,
        published, and placement (JSON: why it joined its story)."""
        names = ("story_id", "key", "url", "authors", "title", "outlet", "published", "placement")
        rows = self.db.execute(
            "SELECT a.story_id, a.key, a.url, a.authors, r.title, r.outlet, r.published, a.placement FROM articles a "
            "JOIN revisions r ON r.id = a.current_revision WHERE a.story_id IS NOT NULL ORDER BY a.id"
        )
        return [dict(zip(names, row)) for row in rows]

    def revision_article(self, key: str, digest: str) -> Article | None:
        """Return the stored version ``digest`` of the article with ``key`` (``None`` if gone)."""
        row = self.db.execute(
            "SELECT r.record FROM revisions r JOIN articles a ON a.id = r.article_id WHERE a.key = ? AND r.hash = ?",
            (key, digest),
        ).fetchone()
        return None if row is None else article_from_json(row[0])

    # -- stories --------------------------------------------------------------------------------

    def create_story(self, slug: str, title: str, run_id: int) -> int:
        """Create a story (in a transaction); return its id."""
        cursor = self.db.execute("INSERT INTO stories (slug, title, created_run) VALUES (?, ?, ?)", (slug, title, run_id))
        return int(cursor.lastrowid or 0)

    def slugs(self) -> set[str]:
        """Return every story slug in use."""
        return {row[0] for row in self.db.execute("SELECT slug FROM stories")}

    def place(self, article_id: int, story_id: int, placement: dict[str, Any] | None = None) -> None:
        """Put an article into a story (in a transaction), with why it went there (JSON-ready)."""
        self.db.execute(
            "UPDATE articles SET story_id = ?, placement = ? WHERE id = ?",
            (story_id, json.dumps(placement or {}, sort_keys=True, ensure_ascii=False), article_id),
        )

    def set_title(self, story_id: int, title: str) -> None:
        """Change a story's title (in a transaction); its slug never changes."""
        self.db.execute("UPDATE stories SET title = ? WHERE id = ?", (title, story_id))

    def mark_reported(self, story_id: int, run_id: int, snapshot: dict[str, Any]) -> None:
        """Record what the story's written report shows (in a transaction)."""
        self.db.execute(
            "UPDATE stories SET reported = ?, reported_run = ? WHERE id = ?",
            (json.dumps(snapshot, sort_keys=True, ensure_ascii=False), run_id, story_id),
        )

    # -- analyses -------------------------------------------------------------------------------

    def analysis(self, digest: str, extractor: str, version: str, context: str) -> str | None:
        """Return a stored extractor output (JSON) or ``None``."""
        row = self.db.execute(
            "SELECT output FROM analyses WHERE hash = ? AND extractor = ? AND version = ? AND context = ?",
            (digest, extractor, version, context),
        ).fetchone()
        return None if row is None else str(row[0])

    def save_analysis(self, digest: str, extractor: str, version: str, context: str, output: str) -> None:
        """Store an extractor output (in a transaction)."""
        self.db.execute(
            "INSERT OR REPLACE INTO analyses (hash, extractor, version, context, output) VALUES (?, ?, ?, ?, ?)",
            (digest, extractor, version, context, output),
        )

    def count(self, table: str) -> int:
        """Return the number of rows in ``table`` (one of the store's own tables)."""
        if table not in {"articles", "revisions", "aliases", "inputs", "analyses", "stories", "runs"}:
            raise ValueError(f"unknown table {table}")
        return int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
