from django.urls import path
from django.utils.translation import gettext_lazy as _

from search.views import search_view

urlpatterns = [path(_("search/"), search_view, name="search")]
