"""Who revealed which encrypted value, and the permission that allows it.

Only a hash of the token is stored, never the value: the record proves that a reveal happened
without becoming a second copy of the personal data.
"""

from django.conf import settings
from django.db import models


class RevealRecord(models.Model):
    """One reveal of an encrypted redaction token."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    token_sha256 = models.CharField(max_length=64, db_index=True)
    revealed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-revealed_at"]
        default_permissions = ("view",)
        permissions = [("reveal_personal_data", "Can reveal personal data in redacted text")]

    def __str__(self) -> str:
        return f"{self.user} revealed {self.token_sha256[:12]} at {self.revealed_at:%Y-%m-%d %H:%M}"
