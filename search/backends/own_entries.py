"""Saving a page weighs its own search index entry against recent titles, not the whole index.

After each save, Wagtail's database backends weigh titles against the average title length
(`title_norm`), reading every entry of the index for the average and again for the entries
still to weigh: about 140 ms per publish at 30,000 pages on PostgreSQL, more with every page.
With this mixin a save reads only the saved objects' entries and the most recent
RECENT_TITLES others (the index's `entries`, which the weighing reads): the same weights as
before on a site of that size, a close estimate beyond it. `manage.py update_index` still
weighs the whole index against all of it. tests/test_search_index.py fails if a publish reads
the whole index again.
"""

from django.db.models import Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.encoding import force_str
from modelsearch.utils import get_content_type_pk

RECENT_TITLES = 1000


class OwnEntriesIndexMixin:
    def add_items(self, model, objs):
        whole_index = self.entries
        own = Q(
            content_type_id=get_content_type_pk(model),
            object_id__in=[force_str(obj.pk) for obj in objs],
        )
        # From the oldest of the recent titles on: a range of the primary key, read by its index.
        oldest_recent = whole_index.order_by("-pk").values("pk")[RECENT_TITLES - 1 : RECENT_TITLES]
        recent = Q(pk__gte=Coalesce(Subquery(oldest_recent), Value(0)))
        self.entries = whole_index.filter(own | recent)
        try:
            super().add_items(model, objs)
        finally:
            self.entries = whole_index
