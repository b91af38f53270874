"""Strings Wagtail 7.4 shows editors but has no Swedish for ("Saved" in the Swedish admin).

Naming them here keeps them in the project's catalogues, where they have Swedish and Ukrainian:
`make messages` drops every string no source of the project names. Delete a line when Wagtail's
own catalogue has the string.
"""

from django.utils.translation import gettext_noop

WAGTAIL_STRINGS = [
    gettext_noop("Saved"),
    gettext_noop("Autosave is paused"),
    gettext_noop("Autosave is <span>paused</span>"),
    gettext_noop("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"),
]
