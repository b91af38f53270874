from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from home import localize_views, logout, open_data, security, two_factor
from home.views import language_redirect, serve
from portal.api import api_router
from search import promotion_views

urlpatterns = [
    path("", language_redirect, name="language_redirect"),
    path("healthz", security.healthz, name="healthz"),
    path("readyz", security.readyz, name="readyz"),
    # wagtail-localize's translation views, with page permissions checked (home/localize_views.py),
    # wrapped like every admin view: login, admin access, the editor's language, audit log user.
    path(
        "admin/localize/submit/page/<int:page_id>/",
        require_admin_access(localize_views.SubmitPageTranslationView.as_view()),
    ),
    path(
        "admin/localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
        require_admin_access(localize_views.SubmitSnippetTranslationView.as_view()),
    ),
    path(
        "admin/localize/update/<int:translation_source_id>/",
        require_admin_access(localize_views.UpdateTranslationsView.as_view()),
    ),
    *[
        path(
            f"admin/localize/{route}",
            require_admin_access(localize_views.for_those_who_may_change_the_target(view)),
        )
        for route, view in localize_views.TRANSLATION_EDITOR_REQUESTS
    ],
    path(
        "admin/localize/page/<int:page_id>/convert_to_alias/",
        require_admin_access(localize_views.convert_to_alias),
    ),
    # Wagtail's promoted search results, each tree's recommendations kept to its owners
    # (search/promotion_views.py).
    path(
        "admin/searchpicks/add/",
        require_admin_access(promotion_views.CreateView.as_view()),
    ),
    path(
        "admin/searchpicks/<int:query_id>/",
        require_admin_access(promotion_views.EditView.as_view()),
    ),
    path(
        "admin/searchpicks/<int:query_id>/delete/",
        require_admin_access(promotion_views.DeleteView.as_view()),
    ),
    # Wagtail's logout, signing out on a POST only (home/logout.py says why and when to remove it).
    path("admin/logout/", require_admin_access(logout.LogoutView.as_view())),
    path("admin/", include(wagtailadmin_urls)),
    # Login with a second factor (home/two_factor.py); editors set up TOTP under /accounts/2fa/.
    path(
        "accounts/2fa/totp/activate/",
        two_factor.ActivateTOTPView.as_view(),
        name="mfa_activate_totp",
    ),
    # The sign-in pages have one address for every language: the choice is kept in a cookie.
    path("accounts/language/", set_language, name="set_language"),
    path("accounts/", include("allauth.urls")),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", open_data.sitemap_index, name="sitemap"),
    path(
        "sitemap-<str:language_code>-<int:number>.xml",
        open_data.sitemap_section,
        name="sitemap_section",
    ),
    path("robots.txt", open_data.robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's URLs, with its page view replaced by one that routes a whole path in one query
# (home/views.py) and its front-end login, which knows nothing of a second factor, by a redirect
# to allauth's: each under the same pattern and name.
replaced = {"wagtail_serve", "wagtailcore_login"}
wagtail_utilities = [
    pattern for pattern in wagtail_urls.urlpatterns if pattern.name not in replaced
]

urlpatterns += i18n_patterns(
    path("", include("search.urls")),
    path("", include(wagtail_utilities)),
    path("_util/login/", two_factor.login_redirect, name="wagtailcore_login"),
    re_path(wagtail_urls.serve_pattern, serve, name="wagtail_serve"),
)
