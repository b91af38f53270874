"""The read-only Wagtail API v2 for partner sites: pages, images and documents.

Only what any visitor may see is served, whoever asks: live pages without a view restriction on
themselves or an ancestor (a signed-in editor or a visitor who knows a page's password sees no
more here than anyone else), and documents outside collections with a view restriction. Every
client (by its address behind TRUSTED_PROXY_COUNT proxies) is limited to API_RATE_LIMIT requests.
"""

from django.conf import settings
from django.db.models import Prefetch
from rest_framework.throttling import UserRateThrottle
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.v2.views import ImagesAPIViewSet

from home.client_address import client_address
from home.models import live_public, private_collections_q
from home.open_data import without_language_redirect
from news.models import NewsPage
from news.models.pages import SOCIAL_IMAGE_SPEC


class APIRateThrottle(UserRateThrottle):
    """Per user or client address; the rate is read per request so settings can change it."""

    scope = "api"

    def get_rate(self):
        return settings.API_RATE_LIMIT

    def get_ident(self, request):
        return client_address(request)


class APIPagination(WagtailPagination):
    """Wagtail's paging, with an offset past the last item answered without asking the database
    (which refuses an offset past its largest integer)."""

    def paginate_queryset(self, queryset, request, view=None):
        items = super().paginate_queryset(queryset, request, view)
        return [] if int(request.GET.get("offset", 0)) >= self.total_count else items


class APIViewSetMixin:
    """What every endpoint of this API shares (not the admin's own API, which editors use)."""

    throttle_classes = [APIRateThrottle]
    pagination_class = APIPagination

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        # Wagtail passes any other value to the search backend, which raises on it.
        if self.request.GET.get("search_operator", "and").lower() not in ("and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")

    def dispatch(self, request, *args, **kwargs):
        # A missing item is a JSON 404, not a redirect to an HTML page under /sv/.
        without_language_redirect(request)
        return super().dispatch(request, *args, **kwargs)


class PublicPagesAPIViewSet(APIViewSetMixin, PagesAPIViewSet):
    def get_base_queryset(self):
        return live_public(super().get_base_queryset()).select_related("locale")

    def get_queryset(self):
        # Listings of one page type are built on that model's own queryset.
        queryset = super().get_queryset().select_related("locale")
        if queryset.model is NewsPage:
            images = get_image_model().objects.prefetch_renditions(SOCIAL_IMAGE_SPEC)
            queryset = queryset.prefetch_related(Prefetch("image", queryset=images))
        return queryset


class PublicDocumentsAPIViewSet(APIViewSetMixin, DocumentsAPIViewSet):
    def get_queryset(self):
        return super().get_queryset().exclude(private_collections_q())


class PublicImagesAPIViewSet(APIViewSetMixin, ImagesAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
