"""Promoted search results that respect which publisher owns what.

Wagtail's promotion views check only the global promotion permissions, and a query's
recommendations in every language are edited together: a Lviv moderator could remove, replace or
reorder the Swedish search's recommendations. Here a recommended page belongs to its language
tree, and a user adds, changes, reorders or removes only recommendations of pages they may
publish. Wagtail's Query and SearchPromotion store no language, so an external link is shown on
the search of every language and belongs to every tree: only a user who may publish in all of
them manages one. Anything else, forged requests included, is refused and nothing is saved.
portal/urls.py routes Wagtail's own promotion URLs to these views.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.contrib.search_promotions.views import settings as promotion_views

from home.editorial import may_publish_in_every_tree

FOREIGN_CHANGE = _(
    "You may only add, change, reorder or remove recommendations of pages you may publish; "
    "an external link is shown in every language, so only those who publish in every language "
    "may manage one."
)
# Form fields that say where a recommendation stands or whether it goes, not what it is.
PLACEMENT_FIELDS = {"ORDER", "DELETE"}


def may_manage(user, promotion):
    """Whether `user` may add, change or remove `promotion` as it stands (saved or not)."""
    if promotion.page_id:
        return promotion.page.permissions_for_user(user).can_publish()
    return may_publish_in_every_tree(user)


class OwnedPromotionsMixin:
    """Accepts a query's recommendations only if the others' stand as they were."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        query_id = kwargs.get("query_id")
        self.saved_promotions = {
            promotion.pk: promotion
            for promotion in SearchPromotion.objects.filter(query_id=query_id)
            .select_related("page")
            .order_by("sort_order", "pk")
        }

    def is_valid(self, form):
        if not super().is_valid(form):
            return False
        if not self.only_own_changed():
            self.produced_error_message = FOREIGN_CHANGE
            return False
        return True

    def only_own_changed(self):
        user = self.request.user
        formset = self.searchpicks_formset
        others = {pk for pk, saved in self.saved_promotions.items() if not may_manage(user, saved)}
        if others and self.new_query != self.object:
            return False  # renaming the query would move the others' recommendations too
        for form in formset.forms:
            deleted = form in formset.deleted_forms
            changed = set(form.changed_data) - PLACEMENT_FIELDS
            if form.instance.pk in others and (changed or deleted):
                return False
            if changed and not deleted and not may_manage(user, form.instance):
                return False
        # The others' recommendations keep their order among themselves.
        order = [form.instance.pk for form in formset.ordered_forms]
        return [pk for pk in order if pk in others] == [
            pk for pk in self.saved_promotions if pk in others
        ]


class CreateView(OwnedPromotionsMixin, promotion_views.CreateView):
    pass


class EditView(OwnedPromotionsMixin, promotion_views.EditView):
    pass


class DeleteView(promotion_views.DeleteView):
    """Removes every recommendation of a query, so only if the user may remove each one."""

    def dispatch(self, request, *args, **kwargs):
        promotions = self.object.editors_picks.select_related("page")
        if not all(may_manage(request.user, promotion) for promotion in promotions):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
