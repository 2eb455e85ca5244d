"""The ledger's tables: articles, the inputs they came from, claims, figures and sources.

SQLAlchemy 2 typed declarative models. Claims and figures keep every field of the
`records` dataclasses, so that an `Article` read back from the ledger gives the same
JSON record as the one that was stored (`sayso show`, `sayso export --format jsonl`).
Sources are cross-article entities (`John Kirby`, `United States`) with their aliases;
each claim also keeps the source as its article named it.

The schema is created and upgraded by the Alembic migrations in `migrations/`, never by
`metadata.create_all`: a test checks that the two agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

__all__ = [
    "ArticleInputRow",
    "ArticleRow",
    "Base",
    "ClaimRow",
    "FigureRow",
    "SourceAlias",
    "SourceRow",
]


class Base(DeclarativeBase):
    """The ledger's declarative base: one `MetaData` for every table."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class ArticleRow(Base):
    """One article, keyed by `Article.id` (a hash of its words: the same story, one row)."""

    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    input: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text, index=True)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(40))
    """As the page gave it (`YYYY-MM-DD` or full ISO 8601)."""
    published_day: Mapped[dt.date | None] = mapped_column(Date, index=True)
    """The day of `published`, for `--since` and for dating figures."""
    publisher: Mapped[str | None] = mapped_column(Text)
    site: Mapped[str | None] = mapped_column(Text)
    authors: Mapped[list[Any]] = mapped_column(JSON, default=list)
    text: Mapped[str] = mapped_column(Text)
    captions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    warnings: Mapped[list[Any]] = mapped_column(JSON, default=list)
    cluster: Mapped[str | None] = mapped_column(String(64), index=True)
    copy_of: Mapped[str | None] = mapped_column(String(16), index=True)
    """`id` of the article this one reproduces (a syndicated copy): its claims count once."""
    superseded_by: Mapped[str | None] = mapped_column(String(16))
    """`id` of a later version of the same story (same URL, new words)."""
    n_claims: Mapped[int] = mapped_column(Integer)
    n_figures: Mapped[int] = mapped_column(Integer)
    """How many claims and figures were committed with the article: a consistency check."""
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)

    claims: Mapped[list[ClaimRow]] = relationship(
        back_populates="article",
        cascade="all, delete-orphan",
        order_by="ClaimRow.position",
        passive_deletes=True,
    )
    inputs: Mapped[list[ArticleInputRow]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )


class ArticleInputRow(Base):
    """Every input (path or URL) an article was read from: a second copy of the same words
    is recorded here, not stored again."""

    __tablename__ = "article_inputs"
    __table_args__ = (UniqueConstraint("article_id", "input", name="uq_article_inputs_input"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(
        String(16), ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    input: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    site: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(40))
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    article: Mapped[ArticleRow] = relationship(back_populates="inputs")


class SourceRow(Base):
    """A source across articles: one row per real speaker, country or organisation."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(400), unique=True)
    """The normalised form the entity was created from (`person:john kirby`, `country:US`)."""
    name: Mapped[str] = mapped_column(Text)
    """The fullest name seen (`John Kirby`, `United States`, `British Ministry of Defence`)."""
    kind: Mapped[str] = mapped_column(String(20))
    country: Mapped[str | None] = mapped_column(String(2))
    """ISO code of the country the source is, or speaks for."""
    role: Mapped[str | None] = mapped_column(Text)
    affiliation: Mapped[str | None] = mapped_column(Text)
    first_name: Mapped[str | None] = mapped_column(String(200), index=True)
    last_name: Mapped[str | None] = mapped_column(String(200), index=True)
    acronym: Mapped[str | None] = mapped_column(String(20), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    aliases: Mapped[list[SourceAlias]] = relationship(
        back_populates="source", cascade="all, delete-orphan", passive_deletes=True
    )


class SourceAlias(Base):
    """A form a source goes by (`Kirby`, `the U.S.`, `Washington`), normalised in `key`."""

    __tablename__ = "source_aliases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("sources.id", ondelete="CASCADE"), index=True
    )
    alias: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(String(400), unique=True)

    source: Mapped[SourceRow] = relationship(back_populates="aliases")


class ClaimRow(Base):
    """One claim of one article, with its source as the article named it."""

    __tablename__ = "claims"
    __table_args__ = (UniqueConstraint("article_id", "position", name="uq_claims_position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(
        String(16), ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    source_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("sources.id", ondelete="SET NULL"), index=True
    )
    source_name: Mapped[str | None] = mapped_column(Text)
    mention: Mapped[str | None] = mapped_column(Text)
    source_kind: Mapped[str | None] = mapped_column(String(20))
    role: Mapped[str | None] = mapped_column(Text)
    affiliation: Mapped[str | None] = mapped_column(Text)
    source_aliases: Mapped[list[Any]] = mapped_column(JSON, default=list)
    cue: Mapped[str | None] = mapped_column(Text)
    style: Mapped[str] = mapped_column(String(10))
    content: Mapped[str] = mapped_column(Text)
    sentence: Mapped[str] = mapped_column(Text)
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    in_title: Mapped[bool] = mapped_column(Boolean)
    resolved_from: Mapped[str | None] = mapped_column(String(40))
    content_spans: Mapped[list[Any]] = mapped_column(JSON, default=list)

    article: Mapped[ArticleRow] = relationship(back_populates="claims")
    source: Mapped[SourceRow | None] = relationship()
    figures: Mapped[list[FigureRow]] = relationship(
        back_populates="claim",
        cascade="all, delete-orphan",
        order_by="FigureRow.position",
        passive_deletes=True,
    )


class FigureRow(Base):
    """One figure of one claim, as extracted (reconciliation reads these)."""

    __tablename__ = "figures"
    __table_args__ = (
        UniqueConstraint("claim_id", "position", name="uq_figures_position"),
        Index("ix_figures_outcome_counted", "outcome", "counted"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    claim_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("claims.id", ondelete="CASCADE"), index=True
    )
    article_id: Mapped[str] = mapped_column(
        String(16), ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    value: Mapped[float | None] = mapped_column(Float)
    low: Mapped[float | None] = mapped_column(Float)
    high: Mapped[float | None] = mapped_column(Float)
    approximate: Mapped[bool] = mapped_column(Boolean)
    counted: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(40))
    per: Mapped[str | None] = mapped_column(String(10))
    period_text: Mapped[str | None] = mapped_column(Text)
    period_start: Mapped[str | None] = mapped_column(String(10))
    period_end: Mapped[str | None] = mapped_column(String(10))
    location: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(String(20))
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)

    claim: Mapped[ClaimRow] = relationship(back_populates="figures")
