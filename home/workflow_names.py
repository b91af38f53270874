"""Review workflow and task names in the admin language of whoever reads them.

Wagtail keeps a workflow's and a task's name as plain text and shows `.name` everywhere: the
"Submit to …" button, the status side panel, the workflow history, the dashboard's review
panels and the notification e-mails, which it renders once per recipient in the recipient's
language from the same objects. So the names of the trees' review workflows are stored as
their English msgids (`home.editorial.TREES`), and a workflow or task loaded with one of them
gets a `DisplayName`: the msgid as text (what is saved, compared and written into the history's
log data) whose `str()` is its translation at the moment it is shown. A name saved in another
language (the workflow editor shows the translation) is stored as its msgid again. Names that
admins give their own workflows are left as they are.
"""

from django.conf import settings
from django.db.models.signals import post_init, pre_save
from django.utils.translation import gettext, override
from wagtail.models import Task, Workflow
from wagtail.workflows import get_task_types

from home.editorial import TRANSLATABLE_WORKFLOW_NAMES


class DisplayName(str):
    """A msgid that reads as its translation wherever it is turned into text for display
    (templates, `%` formatting); its value, and so its JSON and database form, stay the msgid."""

    def __str__(self):
        return gettext(str.__str__(self))


def msgid_of(name):
    """The msgid whose translation into one of the portal's languages is `name`, else None."""
    for msgid in TRANSLATABLE_WORKFLOW_NAMES:
        for language_code, _name in settings.LANGUAGES:
            with override(language_code):
                if gettext(msgid) == name:
                    return msgid
    return None


def show_translated(sender, instance, **kwargs):
    if instance.name in TRANSLATABLE_WORKFLOW_NAMES:
        instance.name = DisplayName(instance.name)


def store_msgid(sender, instance, **kwargs):
    instance.name = msgid_of(str(instance.name)) or str.__str__(instance.name)


def connect():
    for model in (Workflow, Task, *get_task_types()):
        post_init.connect(show_translated, sender=model)
        pre_save.connect(store_msgid, sender=model)
