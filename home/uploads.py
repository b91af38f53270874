"""Upload limits for documents (images are limited by Wagtail's own settings, base.py), images
too large for Pillow to open, and uploads that fail because the disk is full."""

import errno
import logging

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect, JsonResponse
from django.utils.translation import gettext_lazy as _
from PIL.Image import DecompressionBombError
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

logger = logging.getLogger(__name__)
FULL_DISK_ERRORS = {errno.ENOSPC, errno.EDQUOT}


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


class ImageField(WagtailImageField):
    """Wagtail's image field, with a form error for an image so large that Pillow refuses to open
    it (a 29-byte GIF may claim 20000 × 20000 pixels) before Wagtail's pixel limit is checked."""

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except DecompressionBombError as error:
            raise ValidationError(
                _("This image has too many pixels. The most an image may have is %(max)s."),
                params={"max": self.max_image_pixels},
                code="file_too_many_pixels",
            ) from error


class ImageForm(BaseImageForm):
    """The form of every image upload and replacement (add, add multiple, chooser, edit)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            field = self.fields["file"]
            self.fields["file"] = ImageField(
                label=field.label, required=field.required, widget=field.widget
            )


class FullDiskMiddleware:
    """A full disk during an admin upload: a clear message for the editor instead of a 500.

    Nothing is left behind: home.storage.MediaStorage removes the partial file, and the image
    or document row is only inserted after its file was written.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not (
            isinstance(exception, OSError)
            and exception.errno in FULL_DISK_ERRORS
            and request.path_info.startswith("/admin/")
        ):
            return None
        logger.error("Upload failed, the disk is full: %s", request.path, exc_info=exception)
        message = _(
            "The file could not be saved because the server's storage is full. Nothing was "
            "uploaded. Please try again later, and tell the site's administrator."
        )
        if "/multiple/" in request.path_info:  # the admin's multiple upload expects JSON
            return JsonResponse({"success": False, "error_message": str(message)})
        messages.error(request, message)
        return HttpResponseRedirect(request.get_full_path())
