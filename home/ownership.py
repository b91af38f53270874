"""Who owns a directory record (organisation, person, topic, funding programme), and who may
change, delete or add one (README "Who may do what").

A record belongs to the publisher whose groups publish for its organisation (an organisation's
publisher groups, set on any of its translations; a person's organisation; a programme's funder),
else to the publisher of its language. The owner is named by its tree in `TREES`: "sv" is
Alingsås, "uk" Lviv, and "en" is shared by both. Records are changed and deleted only by their
owner's groups (shared ones by the moderators of both), within each group's model rights;
translation coordinators change any record, because translating them is their job.
"""

from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _
from wagtail.permissions import ModelPermissionPolicy
from wagtail.snippets.permissions import get_permission_name

from home.editorial import TRANSLATION_COORDINATORS, TREES
from home.models import FundingProgramme, Organisation, Person, Topic

# The records that have owners: all of the directory's snippets.
OWNED_MODELS = [Organisation, Person, Topic, FundingProgramme]

SHARED = "en"
PUBLISHERS = [code for code in TREES if code != SHARED]


def publisher_group_names(publisher):
    """The editor and moderator groups of one publisher ("sv" or "uk")."""
    editors, moderators, _workflow = TREES[publisher]
    return {*editors, *moderators}


def owning_group_names(owner):
    """The groups that change and delete the owner's records: moderators only when shared."""
    editors, moderators, _workflow = TREES[owner]
    return set(moderators) if owner == SHARED else {*editors, *moderators}


def publishers_of(owner):
    return PUBLISHERS if owner == SHARED else [owner]


def owner_of_groups(group_names):
    """The publisher these groups publish for, SHARED for groups of both, None for neither."""
    owners = {code for code in PUBLISHERS if publisher_group_names(code) & set(group_names)}
    if len(owners) > 1:
        return SHARED
    return owners.pop() if owners else None


def organisation_owner(organisation, publisher_groups=None):
    """The publisher named by the organisation's publisher groups, on any of its translations.

    `publisher_groups` stands for the organisation's own groups as a form is about to save them.
    """
    translations = Organisation.objects.filter(translation_key=organisation.translation_key)
    if publisher_groups is not None:
        translations = translations.exclude(pk=organisation.pk)
    names = set(Group.objects.filter(organisations__in=translations).values_list("name", flat=True))
    names.update(group.name for group in publisher_groups or ())
    return owner_of_groups(names)


def locale_owner(locale):
    return locale.language_code if locale.language_code in TREES else SHARED


def owner_of(instance, locale=None, publisher_groups=None):
    """The owner of a record, or of its translation into `locale` (which links the same
    organisation or funder)."""
    if isinstance(instance, Organisation):
        organisation = instance
    elif isinstance(instance, Person):
        organisation = instance.organisation
    elif isinstance(instance, FundingProgramme):
        organisation = instance.funder if instance.funder_id else None
    else:
        organisation = None
    owner = None
    if organisation is not None:
        groups = publisher_groups if organisation is instance else None
        owner = organisation_owner(organisation, groups)
    return owner or locale_owner(locale or instance.locale)


def group_names(user):
    return set(user.groups.values_list("name", flat=True))


def acts_for(user, owner):
    """Whether the user is in the owner's groups (superusers act for everyone)."""
    return (user.is_active and user.is_superuser) or bool(
        group_names(user) & owning_group_names(owner)
    )


def user_may(user, action, instance, owner=None):
    """Whether the user may "add", "change" or "delete" this record (owned by `owner`, when given:
    a translation not made yet, or the record as a form is about to save it)."""
    if user.is_active and user.is_superuser:
        return True
    if not user.has_perm(get_permission_name(action, type(instance))):
        return False
    if action in ("add", "change") and TRANSLATION_COORDINATORS in group_names(user):
        return True
    return acts_for(user, owner or owner_of(instance))


def user_may_change_snippet(user, instance):
    """For wagtail-localize's views too: syncing must skip the records this returns False for."""
    return user_may(user, "change", instance)


def translation_locales(user, instance, locales):
    """The locales among `locales` where the user may add the record's translation."""
    return [
        locale
        for locale in locales
        if locale.pk != instance.locale_id
        and user_may(user, "add", instance, owner_of(instance, locale=locale))
    ]


def ownership_error(user, instance, publisher_groups=None):
    """Why the user may not save the record as a form is about to save it, or None.

    `instance` carries the form's values; `publisher_groups` an organisation's new publisher
    groups. Only the owner's groups move a record to another owner (a contact moved into the other
    publisher's organisation), and nobody saves a record they could not then change themselves.
    Naming who publishes for an organisation moves its translations, people and programmes with
    it, so that needs the owner's groups on all of them, before and after. Superusers may do all.
    """
    saved = type(instance).objects.filter(pk=instance.pk).first() if instance.pk else None
    after = owner_of(instance, publisher_groups=publisher_groups)
    if saved is not None and after != owner_of(saved) and not acts_for(user, owner_of(saved)):
        return _("Only the editors and moderators it belongs to may move this record.")
    if not user_may(user, "change" if saved else "add", instance, after):
        return _("You may only save records that belong to your organisation.")
    if isinstance(instance, Organisation) and publisher_groups is not None:
        current = set(saved.publisher_groups.all()) if saved else set()
        key = instance.translation_key
        following = [
            *Organisation.objects.filter(translation_key=key),
            *Person.objects.filter(organisation__translation_key=key),
            *FundingProgramme.objects.filter(funder__translation_key=key),
        ]
        if set(publisher_groups) != current and not (
            acts_for(user, after) and all(acts_for(user, owner_of(record)) for record in following)
        ):
            return _(
                "Only moderators whose organisation owns this organisation, its translations, "
                "people and programmes may change who publishes for it."
            )
    return None


class SnippetOwnershipPolicy(ModelPermissionPolicy):
    """The model rights, narrowed per record to its owner's groups (see `user_may`)."""

    def user_has_permission_for_instance(self, user, action, instance):
        if action in ("change", "delete"):
            return user_may(user, action, instance)
        return super().user_has_permission_for_instance(user, action, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        return instances.filter(
            pk__in=[
                instance.pk
                for instance in instances
                if self.user_has_any_permission_for_instance(user, actions, instance)
            ]
        )

    def users_with_any_permission_for_instance(self, actions, instance):
        users = self.users_with_any_permission(actions)
        return users.filter(
            pk__in=[
                user.pk
                for user in users
                if self.user_has_any_permission_for_instance(user, actions, instance)
            ]
        )
