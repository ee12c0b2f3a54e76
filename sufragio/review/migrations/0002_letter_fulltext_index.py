"""PostgreSQL only: a GIN full-text index on the letters' redacted text, for the inbox search.

The index is on the inquiries app's table because that is where the text lives; the desk is the
only reader that searches it. Other databases (SQLite) search with LIKE and need nothing here.
"""

from django.db import migrations

INDEX = "review_letter_redacted_fts"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON inquiries_letter "
            "USING gin (to_tsvector('spanish'::regconfig, redacted_text))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("review", "0001_initial"), ("inquiries", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
