"""The media storage; separate from home/uploads.py, which needs the apps loaded first."""

import contextlib
import os

from django.core.files.storage import FileSystemStorage


class MediaStorage(FileSystemStorage):
    """Django's file storage, which leaves a half-written file behind when a write fails."""

    def _save(self, name, content):
        try:
            return super()._save(name, content)
        except OSError:
            # The name was free before the write (get_available_name), so whatever is there now
            # is the failed write's partial file.
            with contextlib.suppress(FileNotFoundError):
                os.remove(self.path(name))
            raise
