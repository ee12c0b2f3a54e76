"""Mirror the bundled legal corpus into the database, idempotently."""

from __future__ import annotations

from django.db import transaction

from sufragio.laws import corpus
from sufragio.laws.models import Article, Law

#: Article fields that follow the bundled corpus (the rest form the key).
_SYNCED_FIELDS = ("number", "suffix", "heading", "paragraphs", "notes", "position")


@transaction.atomic
def load_bundled_corpus() -> str:
    """Insert or update every law and article; remove rows that left the corpus.

    Running it twice changes nothing, so `sufragio init` and `laws load` can always call it.
    """
    laws = {}
    for position, law in enumerate(corpus.load_laws()):
        laws[law.id], _ = Law.objects.update_or_create(
            code=law.id,
            defaults={
                "name": law.name,
                "last_reform": law.last_reform,
                "last_reform_label": law.last_reform_label,
                "position": position,
            },
        )
    existing = {(a.law_id, a.article, a.transitory, a.decree): a for a in Article.objects.all()}
    seen: set[int] = set()
    to_create, to_update = [], []
    for position, art in enumerate(corpus.load_articles()):
        law = laws[art.law]
        key = (law.pk, art.article, art.transitory, art.decree or "")
        values = {
            "number": art.number,
            "suffix": art.suffix,
            "heading": list(art.heading),
            "paragraphs": list(art.paragraphs),
            "notes": list(art.notes),
            "position": position,
        }
        row = existing.get(key)
        if row is None:
            to_create.append(
                Article(
                    law=law,
                    article=art.article,
                    transitory=art.transitory,
                    decree=art.decree or "",
                    **values,
                )
            )
            continue
        seen.add(row.pk)
        if any(getattr(row, field) != value for field, value in values.items()):
            for field, value in values.items():
                setattr(row, field, value)
            to_update.append(row)
    Article.objects.bulk_create(to_create, batch_size=500)
    Article.objects.bulk_update(to_update, _SYNCED_FIELDS, batch_size=500)
    stale = [a.pk for a in existing.values() if a.pk not in seen]
    Article.objects.filter(pk__in=stale).delete()
    return (
        f"{len(laws)} leyes; artículos: {len(to_create)} nuevos, {len(to_update)} actualizados, "
        f"{len(stale)} retirados"
    )
