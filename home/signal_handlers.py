from django.db.models.signals import post_save

from home import content_cache, snippet_reports, workflow_names
from home.editorial import setup_tree
from home.models import HomePage
from home.ownership import OWNED_MODELS


def set_up_new_tree(sender, instance, created, raw=False, **kwargs):
    """A new language tree gets its owners' rights and review workflow as soon as it exists."""
    if created and not raw:
        setup_tree(instance)


def register_signal_handlers():
    post_save.connect(set_up_new_tree, sender=HomePage)
    content_cache.register_signal_handlers()
    snippet_reports.connect(OWNED_MODELS)
    workflow_names.connect()
