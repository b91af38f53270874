"""Tells a publisher's moderators when someone outside their groups changes their records.

Translation coordinators change any record, and both publishers' moderators change shared ones;
those changes go live at once (snippets have no drafts here), so the owner hears of each by
e-mail, in each moderator's admin language. The acting user is the one Wagtail's admin records
in its log context, so every admin route is covered: the snippet views, the bulk delete and
wagtail-localize's translation views. Changes made outside the admin (migrations, the demo
content command) have no acting user and are not reported.
"""

from functools import partial

from django.contrib.admin.utils import quote
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models.signals import post_save, pre_delete
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override
from wagtail.admin.mail import send_mail
from wagtail.admin.utils import get_admin_base_url
from wagtail.log_actions import get_active_log_context
from wagtail.users.models import UserProfile

from home.editorial import TREES
from home.ownership import group_names, owner_of, publisher_group_names, publishers_of

SUBJECTS = {
    "add": _("%(user)s added the %(model)s “%(record)s”"),
    "change": _("%(user)s changed the %(model)s “%(record)s”"),
    "delete": _("%(user)s deleted the %(model)s “%(record)s”"),
}
BODY = _(
    "%(summary)s (%(language)s). It belongs to your organisation, or to both publishers, and "
    "the change is already live on the site.\n\nCheck it: %(url)s"
)


def publishers_to_tell(user, owner):
    """The owner's publishers whose groups the user is not in."""
    names = group_names(user)
    return [code for code in publishers_of(owner) if not names & publisher_group_names(code)]


def moderators_of(publisher, user):
    _editors, moderators, _workflow = TREES[publisher]
    return (
        get_user_model()
        .objects.filter(groups__name__in=moderators, is_active=True)
        .exclude(email="")
        .exclude(pk=user.pk)
        .distinct()
    )


def send_report(action, user, record, model, language, url, publishers):
    for publisher in publishers:
        for moderator in moderators_of(publisher, user):
            with override(UserProfile.get_for_user(moderator).preferred_language or publisher):
                summary = SUBJECTS[action] % {
                    "user": user.get_full_name() or user.get_username(),
                    "model": model._meta.verbose_name,
                    "record": record,
                }
                body = BODY % {"summary": summary, "language": language, "url": url}
                send_mail(str(summary), str(body), [moderator.email])


def report(instance, action):
    user = get_active_log_context().user
    if user is None or not user.is_authenticated:
        return
    publishers = publishers_to_tell(user, owner_of(instance))
    if not publishers:
        return
    viewset = type(instance).snippet_viewset
    if action == "delete":
        path = reverse(viewset.get_url_name("list"))
    else:
        path = reverse(viewset.get_url_name("edit"), args=(quote(instance.pk),))
    transaction.on_commit(
        partial(
            send_report,
            action,
            user,
            str(instance),
            type(instance),
            instance.locale.get_display_name(),
            get_admin_base_url() + path,
            publishers,
        )
    )


def report_save(sender, instance, created, raw=False, **kwargs):
    if not raw:
        report(instance, "add" if created else "change")


def report_delete(sender, instance, **kwargs):
    # Before the deletion, while an organisation still has its publisher groups.
    report(instance, "delete")


def connect(models):
    for model in models:
        post_save.connect(report_save, sender=model, dispatch_uid=f"report_save_{model.__name__}")
        pre_delete.connect(
            report_delete, sender=model, dispatch_uid=f"report_delete_{model.__name__}"
        )
