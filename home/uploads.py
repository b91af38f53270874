"""Upload limits for documents; images are limited by Wagtail's own settings (base.py)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm


class DocumentForm(BaseDocumentForm):
    """Refuses documents larger than DOCUMENT_MAX_UPLOAD_MB, before anything is stored."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        limit = settings.DOCUMENT_MAX_UPLOAD_MB * 1024 * 1024
        if file and "file" in self.changed_data and file.size > limit:
            raise ValidationError(
                _("This file is too big. The largest document you can upload is %(size)s MB."),
                params={"size": settings.DOCUMENT_MAX_UPLOAD_MB},
                code="file_too_large",
            )
        return file
